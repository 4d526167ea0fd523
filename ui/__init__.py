"""Streamlit-only helpers beside the pages: cached loaders, shared filters, pure figure builders."""
