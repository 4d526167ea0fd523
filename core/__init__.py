"""Nashest core: Persian and Arabic news text in, typed meeting records out.

Plain Python, no Streamlit. The pipeline is ``core.pipeline.process``; the CLI is ``python -m core``.
"""

__version__ = "0.1.0"
