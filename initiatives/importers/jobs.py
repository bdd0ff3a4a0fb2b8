"""Imports as jobs for the task worker: a large file takes minutes, longer than a web request
may (gunicorn stops one after 30 s), so the admin and `import_initiatives --background` store
the file in an ImportJob and the worker runs it (run_initiative_import, below).
Putting a job on the queue is queue.py's: the task that runs a job imports this module.
"""

import io
import logging

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.tasks import task
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.content_version import content_changed

from ..models import ImportJob
from .base import apply_records
from .reading import read_file
from .records import ImportFileError

logger = logging.getLogger(__name__)

# A preview is a dry run of the whole import (~5-20 ms a row); up to this many rows it runs
# inside the upload request, beyond it on the worker.
PREVIEW_IN_REQUEST_ROWS = 200
PROGRESS_EVERY = 25  # rows


def import_job_create(
    *, content: str, file_name: str, fmt: str, country: str = "", publish: bool = False,
    dry_run: bool = False, created_by=None, preview: ImportJob | None = None,
) -> ImportJob:
    """A queued job for `content`, a file's text that `base.decode` accepted."""
    return ImportJob.objects.create(
        content=content, file_name=file_name[:255], format=fmt, country=country,
        publish=publish, dry_run=dry_run, created_by=created_by, preview=preview,
        language=get_language() or "",
    )


def import_job_run(*, job_id: int) -> ImportJob | None:
    """Run a queued job once: read its file, apply it (all or nothing), store the report.

    Call outside a transaction on the worker, so that its state and progress are seen by
    the admin page while it runs. A job that is not queued (it ran already) is left alone.
    """
    job = ImportJob.objects.filter(pk=job_id, state=ImportJob.State.QUEUED).first()
    if job is None:
        return None
    with translation.override(job.language or settings.LANGUAGE_CODE):
        job.state, job.started_at = ImportJob.State.RUNNING, timezone.now()
        job.save(update_fields=["state", "started_at"])
        try:
            records, filtered_out = read_file(
                io.StringIO(job.content), job.format, country=job.country or None
            )
        except ImportFileError as error:
            return _finish(job, error=str(error))
        job.rows_total = len(records)
        job.save(update_fields=["rows_total"])
        progress = LiveProgress(job)
        try:
            result = apply_records(
                records, publish=job.publish, dry_run=job.dry_run, actor=job.created_by,
                filtered_out=filtered_out, progress=progress,
            )
        except Exception:
            logger.exception("Import job %s failed", job.pk)
            _finish(job, error=_(
                "The import stopped on an unexpected error; nothing was saved. "
                "The worker's log has the details."
            ))
            raise
        finally:
            progress.close()
        job.rows_done = len(records)
        job.report = result.as_dict()
        return _finish(job)


def _finish(job: ImportJob, *, error: str = "") -> ImportJob:
    job.state = ImportJob.State.FAILED if error else ImportJob.State.DONE
    job.error, job.finished_at = error, timezone.now()
    job.save(update_fields=["state", "error", "finished_at", "rows_done", "report"])
    # Runs on the worker, outside any request: published entries it updated show at once.
    content_changed()
    return job


class LiveProgress:
    """Writes a running job's rows_done on a database connection of its own.

    The import applies every row in one transaction, and what it writes is invisible to
    others until it commits; the count must be seen while it runs. Only on PostgreSQL and
    outside a transaction (on the worker): SQLite has one writer at a time, and a job that
    runs inside a request's transaction is not yet visible to anyone else either.
    """

    def __init__(self, job: ImportJob):
        self.job_id = job.pk
        self.side = None
        db = connections[DEFAULT_DB_ALIAS]
        if db.vendor == "postgresql" and not db.in_atomic_block:
            # A second wrapper of the same alias: contrib.postgres looks the alias up on connect.
            self.side = type(db)({**db.settings_dict}, alias=db.alias)
        table = db.ops.quote_name(ImportJob._meta.db_table)
        self.sql = f"UPDATE {table} SET rows_done = %s WHERE id = %s"  # noqa: S608 (our names)

    def __call__(self, done: int, total: int) -> None:
        if self.side and (done % PROGRESS_EVERY == 0 or done == total):
            with self.side.cursor() as cursor:
                cursor.execute(self.sql, [done, self.job_id])

    def close(self) -> None:
        if self.side:
            self.side.close()


@task
def run_initiative_import(*, job_id: int) -> str:
    """Run an import job on the worker; returns its state."""
    job = import_job_run(job_id=job_id)
    return job.state if job else "not queued"
