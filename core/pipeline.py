"""The ordered steps article -> mentions -> dates -> events (stub; being written)."""

from __future__ import annotations

from core.records import Article, ArticleResult


def process(article: Article) -> ArticleResult:
    """Run every step over one article."""
    return ArticleResult(article=article)
