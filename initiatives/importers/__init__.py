"""Open data in: read a file into records (one per row), then apply them in one transaction.

Readers (pstw.py, generic.py) turn rows into `Record`s with our field values and
the problems they met; `apply_records` creates or updates initiatives keyed on
(source, source id), so a re-run updates instead of duplicating. A file that
cannot be read raises ImportFileError before anything is written; a row whose
values have the wrong type or length is skipped with its reason. jobs.py runs
an import on the task worker, for files too large for a web request.

The modules: records.py (Record, ImportResult, ImportFileError; a leaf), the readers
pstw.py and generic.py, reading.py (`read_file`, which picks the reader), base.py (file
checks and `apply_records`), jobs.py and queue.py (imports on the worker). This package
imports none of them itself, so that the ImportJob model can use records.py.
"""
