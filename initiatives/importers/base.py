"""Files in, initiatives out: the file checks every reader uses (size, encoding, NUL) and
`apply_records`, which writes the records the readers made."""

import io
import os
from collections.abc import Callable

from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ..models import Initiative, Theme
from .organisations import OrganisationMatcher
from .records import ImportFileError, ImportResult, Record
from .updating import apply_record

FORMATS = ("pstw", "csv", "json")
# Far above the real files (the whole PSTW file is 2.5 MB); an import of a larger file is a
# mistake or an attack, and the whole text is held in memory and in the job's row.
MAX_FILE_BYTES = 20 * 1024 * 1024
# The fields an import writes; anything else (curation, contact, good example) stays.
IMPORTED_FIELDS = [
    "title", "summary", "description", "website", "status", "beleidsterrein", "technique",
    "start_date", "end_date", "source_code_url", "language", "source_url", "source_updated_on",
]


def too_large() -> ImportFileError:
    return ImportFileError(
        _("The file is larger than %(limit)s; split it into smaller files.")
        % {"limit": filesizeformat(MAX_FILE_BYTES)}
    )


def decode(raw: bytes) -> str:
    """The text of an uploaded file, or ImportFileError if it is not one we can read."""
    if len(raw) > MAX_FILE_BYTES:
        raise too_large()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(_("The file is not UTF-8 text: %(error)s") % {"error": error}) from error
    return check_text(text)


def check_text(text: str) -> str:
    if not text.strip():
        raise ImportFileError(_("The file is empty."))
    # Text files never hold NUL; a file that does is binary or UTF-16, and the database
    # could not store its text anyway.
    if "\x00" in text:
        raise ImportFileError(
            _("The file contains NUL bytes, so it is not UTF-8 text (is it UTF-16?). "
              "Save it as UTF-8 CSV or JSON.")
        )
    return text.lstrip("\ufeff")


def open_text(path_or_file) -> io.StringIO:
    """A path, an uploaded file (bytes) or text, checked by `decode`, as a text stream."""
    if hasattr(path_or_file, "read"):
        raw = path_or_file.read(MAX_FILE_BYTES + 1)
        return io.StringIO(check_text(raw) if isinstance(raw, str) else decode(raw))
    try:
        if os.path.getsize(path_or_file) > MAX_FILE_BYTES:
            raise too_large()
        with open(path_or_file, "rb") as handle:
            return io.StringIO(decode(handle.read()))
    except FileNotFoundError as error:
        raise ImportFileError(_("No such file: %(path)s") % {"path": path_or_file}) from error


def _lengths() -> dict[str, int]:
    return {
        name: Initiative._meta.get_field(name).max_length
        for name in IMPORTED_FIELDS
        if Initiative._meta.get_field(name).max_length
    }


def text_problem(label: str, value: str) -> str:
    """Why the database cannot store `value` as text, or ""."""
    if "\x00" in value:
        return _("%(field)s contains a NUL character") % {"field": label}
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate, which JSON can spell as "\\ud800".
        return _("%(field)s contains a character that is not valid text") % {"field": label}
    return ""


def storage_problem(record: Record) -> str:
    """Why `record` cannot be stored as it is (a value too long, or not text), or ""."""
    limit = Initiative._meta.get_field("source_id").max_length
    if len(record.source_id) > limit:
        return _("source id is longer than %(limit)s characters") % {"limit": limit}
    texts = {
        "source id": record.source_id, "lead_organisation": record.organisation_name,
        "lead_organisation_type": record.organisation_type, "themes": "".join(record.themes),
        **{name: value for name, value in record.values.items() if isinstance(value, str)},
    }
    for label, value in texts.items():
        if problem := text_problem(label, value):
            return problem
    for name, limit in _lengths().items():
        value = record.values.get(name)
        if isinstance(value, str) and len(value) > limit:
            return _("%(field)s is longer than %(limit)s characters (%(length)s)") % {
                "field": name, "limit": limit, "length": len(value),
            }
    return ""


def apply_records(
    records: list[Record], *, publish: bool = False, dry_run: bool = False, actor=None,
    filtered_out: int = 0, progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Create or update an initiative per record, in one transaction.

    Imported entries are submitted (not public) unless `publish`. A dry run does
    everything, reports it, and rolls back.
    """
    result = ImportResult(filtered_out=filtered_out, dry_run=dry_run)
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    with transaction.atomic():
        matcher = OrganisationMatcher()
        seen: set[tuple[str, str]] = set()
        for number, record in enumerate(records, start=1):
            if progress:
                progress(number, len(records))
            key = (record.source, record.source_id)
            if record.skip_reason:
                result.skipped.append((record.line, record.source_id, record.skip_reason))
                continue
            if key in seen:
                result.skipped.append(
                    (record.line, record.source_id, _("the same id appears earlier in the file"))
                )
                continue
            seen.add(key)
            for problem in record.problems:
                result.warnings.append((record.line, record.source_id, problem))
            _apply(record, matcher, themes, publish, actor, result)
        result.organisations_created = matcher.created
        if dry_run:
            transaction.set_rollback(True)
    return result


def _apply(record, matcher, themes, publish, actor, result):
    organisation = matcher.match(record.organisation_name, record.organisation_type)
    wanted_themes = [themes[slug] for slug in record.themes if slug in themes]
    apply_record(
        record, organisation=organisation, themes=wanted_themes, publish=publish, actor=actor,
        result=result,
    )
