"""Import initiatives from open data: the EU Public Sector Tech Watch file or our own export."""

import io
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from initiatives.importers.base import FORMATS, apply_records, open_text
from initiatives.importers.jobs import import_job_create
from initiatives.importers.queue import import_job_enqueue
from initiatives.importers.reading import read_file
from initiatives.importers.records import ImportFileError


class Command(BaseCommand):
    help = (
        "Import initiatives from FILE. Imported entries are submitted for review unless "
        "--publish. A re-run updates (keyed on source and source id). A broken file changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--format", choices=FORMATS, required=True)
        parser.add_argument("--country", help="Only rows of this country (PSTW), e.g. Netherlands.")
        parser.add_argument(
            "--technology", action="append", metavar="NAME",
            help='PSTW "Primary Technology" to import besides artificial intelligence '
                 '(repeatable), e.g. --technology Blockchain; "all" for every row. '
                 "Without it only artificial intelligence cases are imported.",
        )
        parser.add_argument("--publish", action="store_true", help="Publish new entries at once.")
        parser.add_argument("--dry-run", action="store_true", help="Report, but change nothing.")
        parser.add_argument(
            "--background", action="store_true",
            help="Queue the import for the task worker; follow it in the admin.",
        )

    def handle(self, *args, file, format, country=None, technology=None, publish=False,
               dry_run=False, background=False, **options):
        self.verbosity = options.get("verbosity", 1)
        try:
            text = open_text(file).read()
            # --technology widens: artificial intelligence always stays in.
            technologies = ["artificial intelligence", *technology] if technology else None
            records, filtered_out = read_file(
                io.StringIO(text), format, country=country, technologies=technologies
            )
        except ImportFileError as error:
            raise CommandError(f"Nothing imported: {error}") from error
        if background:
            return self._enqueue(
                text, Path(file).name, format, country, ",".join(technologies or []), publish,
                dry_run,
            )

        def progress(done, total):
            if done % 50 == 0 or done == total:
                self.stderr.write(f"  {done}/{total} rows", ending="\r" if done < total else "\n")

        result = apply_records(
            records, publish=publish, dry_run=dry_run, filtered_out=filtered_out,
            progress=progress if self.verbosity else None,
        )
        for line, source_id, reason in result.skipped:
            self.stdout.write(f"skipped line {line} {source_id or '-'}: {reason}")
        if self.verbosity > 1:
            for line, source_id, problem in result.warnings:
                self.stdout.write(f"note line {line} {source_id}: {problem}")
        if result.organisations_created:
            self.stdout.write(
                f"{len(result.organisations_created)} new organisation(s); check their type and "
                "add aliases in the admin: " + "; ".join(result.organisations_created[:20])
                + (" …" if len(result.organisations_created) > 20 else "")
            )
        for source_id, field in result.conflicts:
            self.stdout.write(
                f"conflict {source_id} {field}: changed here and at the source; kept ours, "
                "a curator decides on the import conflicts page"
            )
        if filtered_out:
            self.stdout.write(f"{filtered_out} row(s) of other countries or technologies left out.")
        self.stdout.write(
            ("DRY RUN, nothing saved: " if dry_run else "")
            + result.summary()
            + f" ({len(result.warnings)} note(s) on values; -v 2 lists them)"
        )

    def _enqueue(self, text, file_name, fmt, country, technology, publish, dry_run):
        job = import_job_create(
            content=text, file_name=file_name, fmt=fmt, country=country or "",
            technology=technology,
            publish=publish, dry_run=dry_run,
        )
        import_job_enqueue(job=job)
        job.refresh_from_db()
        url = getattr(settings, "SITE_URL", "").rstrip("/") + reverse(
            "admin:initiatives_import_job", args=[job.pk]
        )
        if not job.is_finished:
            self.stdout.write(f"Queued as import job {job.pk}; follow it at {url}")
        elif job.error:
            raise CommandError(f"Import job {job.pk} failed: {job.error}")
        else:
            self.stdout.write(
                f"Import job {job.pk} done: "
                + ("DRY RUN, nothing saved: " if dry_run else "") + job.result().summary()
            )
