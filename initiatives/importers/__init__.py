"""Open data in: read a file into records (one per row), then apply them in one transaction.

Readers (pstw.py, generic.py) turn rows into `Record`s with our field values and
the problems they met; `apply_records` creates or updates initiatives keyed on
(source, source id), so a re-run updates instead of duplicating. A file that
cannot be read raises ImportFileError before anything is written.
"""

from .base import ImportFileError, ImportResult, Record, apply_records, read_file

__all__ = ["ImportFileError", "ImportResult", "Record", "apply_records", "read_file"]
