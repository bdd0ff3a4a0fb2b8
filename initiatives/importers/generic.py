"""The portal's own export (CSV or JSON, see serializers.py) read back in.

Rows are keyed on their `source` and `source_id` when they have one (a PSTW entry
exported from here stays the same PSTW entry), else on ("import", slug). A JSON row
whose values have other types than the export writes is skipped with the reason.
"""

import csv
import io
import json

from django.utils.translation import gettext as _

from accounts.models import OrganisationType

from ..vocabularies import Beleidsterrein, Source, Status, Technique
from .base import open_text
from .pstw import _clean_url
from .records import ImportFileError, Record

REQUIRED = ["title", "summary", "lead_organisation", "status"]
# The JSON fields we read, by the shape the export writes them in; other fields are ignored.
TEXT_FIELDS = [
    "slug", "title", "summary", "description", "source", "source_id", "status", "technique",
    "beleidsterrein", "website", "source_code_url", "lead_organisation_type",
]
CHOICES = {
    "status": (Status, Status.ONTWIKKELING),
    "technique": (Technique, Technique.OVERIG),
    "beleidsterrein": (Beleidsterrein, ""),
}


def read(path_or_file, fmt: str) -> tuple[list[Record], int]:
    text = open_text(path_or_file).read()
    if fmt == "json":
        rows = _json_rows(text)
        records = []
        for number, row in enumerate(rows, start=1):
            problem = _type_problem(row)
            records.append(_skipped(row, number, problem) if problem else _record(_flatten(row), number))
        return records, 0
    try:
        reader = csv.DictReader(io.StringIO(text))
        rows = list(reader)
    except csv.Error as error:
        raise ImportFileError(_("The file is not valid CSV: %(error)s") % {"error": error}) from error
    missing = [name for name in REQUIRED if name not in (reader.fieldnames or [])]
    if missing:
        raise ImportFileError(_("Missing column(s): %(columns)s") % {"columns": ", ".join(missing)})
    return [_record(row, number) for number, row in enumerate(rows, start=2)], 0


def _json_rows(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except RecursionError as error:
        # Our export nests three levels deep; Python's parser recurses per level.
        raise ImportFileError(
            _("The JSON is nested too deeply to be a list of initiatives.")
        ) from error
    except ValueError as error:  # also a number too long to convert
        raise ImportFileError(_("The file is not valid JSON: %(error)s") % {"error": error}) from error
    rows = data.get("initiatives") if isinstance(data, dict) else data
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ImportFileError(_('Expected a list of initiatives (or {"initiatives": [...]}).'))
    return rows


def _kind(value) -> str:
    if isinstance(value, bool):
        return _("true or false")
    if isinstance(value, int | float):
        return _("a number")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("an object")
    return _("text")


def _is_text(value) -> bool:
    return value is None or isinstance(value, str)


def _type_problem(row: dict) -> str:
    """Why a JSON row's values do not have the types the export writes, or ""."""
    for name in TEXT_FIELDS:
        if not _is_text(row.get(name)):
            return _("%(field)s must be text, not %(kind)s") % {"field": name, "kind": _kind(row[name])}
    lead = row.get("lead_organisation")
    if not (_is_text(lead) or (
        isinstance(lead, dict) and _is_text(lead.get("name")) and _is_text(lead.get("type"))
    )):
        return _("%(field)s must be a name or an object with a name, not %(kind)s") % {
            "field": "lead_organisation", "kind": _kind(lead),
        }
    themes = row.get("themes")
    if not (_is_text(themes) or (isinstance(themes, list) and all(
        isinstance(theme, str) or (isinstance(theme, dict) and _is_text(theme.get("slug")))
        for theme in themes
    ))):
        return _("%(field)s must be a list of theme slugs, not %(kind)s") % {
            "field": "themes", "kind": _kind(themes),
        }
    return ""


def _skipped(row: dict, line: int, reason: str) -> Record:
    source_id = row.get("source_id")
    return Record(
        line=line, source=Source.IMPORT, source_id=source_id if isinstance(source_id, str) else "",
        values={}, organisation_name="", organisation_type="", skip_reason=reason,
    )


def _flatten(row: dict) -> dict:
    lead = row.get("lead_organisation")
    themes = row.get("themes") or []
    return {
        **row,
        "lead_organisation": (lead.get("name") or "") if isinstance(lead, dict) else (lead or ""),
        "lead_organisation_type": (lead.get("type") or "") if isinstance(lead, dict) else "",
        "themes": themes if isinstance(themes, str) else "; ".join(
            (theme.get("slug") or "") if isinstance(theme, dict) else theme for theme in themes
        ),
    }


def _record(row: dict, line: int) -> Record:
    row = {key: ("" if value is None else value) for key, value in row.items()}
    problems: list[str] = []
    title = " ".join(str(row.get("title", "")).split())
    organisation = " ".join(str(row.get("lead_organisation", "")).split())
    source = row.get("source") or Source.IMPORT
    source_id = str(row.get("source_id") or "").strip()
    if source not in Source.values or source == Source.PORTAL or not source_id:
        source, source_id = Source.IMPORT, str(row.get("slug") or title)[:100]
    skip = _("no title") if not title else (_("no lead organisation") if not organisation else "")
    values = {"title": title, "summary": str(row.get("summary", "")),
              "description": str(row.get("description", ""))}
    for name, (choices, default) in CHOICES.items():
        value = str(row.get(name, "")).strip()
        if value and value not in choices.values:
            problems.append(
                _("%(field)s %(value)r unknown; set to %(default)r")
                % {"field": name, "value": value[:60], "default": default}
            )
            value = default
        values[name] = value or default
    for name in ("website", "source_code_url"):
        values[name] = _clean_url(str(row.get(name, "")), problems, name)
    organisation_type = str(row.get("lead_organisation_type", "")).strip()
    if organisation_type not in OrganisationType.values:
        organisation_type = OrganisationType.OVERIG
    themes = [slug.strip() for slug in str(row.get("themes", "")).split(";") if slug.strip()]
    return Record(
        line=line, source=source, source_id=source_id, values=values,
        organisation_name=organisation, organisation_type=organisation_type,
        themes=themes, problems=problems, skip_reason=skip,
    )
