"""Finding questions: full-text search, similar titles, related questions and the search page.

`fulltext` holds the reads on PostgreSQL's full-text and trigram indexes (and SQLite's
fallback); `semantic` the questions' vectors and stored neighbours (through the leaf
`semantic`); `hybrid` fuses both for the search surfaces; `related` and `similar` serve
the question page and the ask form; `views` the search page. The names below are the
package's public face.
"""

from .fulltext import CleanQuery, clean_query, highlight, is_postgresql, search_questions
from .related import question_page_neighbours, related_questions, stored_neighbours
from .similar import similar_questions

__all__ = [
    "CleanQuery",
    "clean_query",
    "highlight",
    "is_postgresql",
    "question_page_neighbours",
    "related_questions",
    "search_questions",
    "similar_questions",
    "stored_neighbours",
]
