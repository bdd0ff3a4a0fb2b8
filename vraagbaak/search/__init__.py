"""Finding questions: full-text search, similar titles, related questions and the search page.

`fulltext` holds the reads on PostgreSQL's full-text and trigram indexes (and SQLite's
fallback); `views` the search page. The names below are the package's public face.
"""

from .fulltext import (
    CleanQuery,
    clean_query,
    highlight,
    is_postgresql,
    related_questions,
    search_questions,
    similar_questions,
)

__all__ = [
    "CleanQuery",
    "clean_query",
    "highlight",
    "is_postgresql",
    "related_questions",
    "search_questions",
    "similar_questions",
]
