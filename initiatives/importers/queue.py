"""Import jobs onto the worker's queue: a job is stored and its task (jobs.run_initiative_import)
queued in the same transaction."""

from django.db import transaction

from ..models import ImportJob
from .jobs import import_job_create, run_initiative_import


@transaction.atomic
def import_job_confirm(*, preview: ImportJob, confirmed_by) -> ImportJob | None:
    """The real run of a finished preview, enqueued; None if it was confirmed before."""
    preview = ImportJob.objects.select_for_update().get(pk=preview.pk)
    if preview.confirmations.exists():
        return None
    job = import_job_create(
        content=preview.content, file_name=preview.file_name, fmt=preview.format,
        country=preview.country, technology=preview.technology, publish=preview.publish,
        created_by=confirmed_by,
        preview=preview,
    )
    import_job_enqueue(job=job)
    return job


def import_job_enqueue(*, job: ImportJob) -> None:
    # Not on commit: with the database queue the task row commits with the job's row, so
    # the worker never sees one without the other; the tests' immediate backend runs it now.
    run_initiative_import.enqueue(job_id=job.pk)
