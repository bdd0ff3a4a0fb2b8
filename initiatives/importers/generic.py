"""The portal's own export (CSV or JSON, see serializers.py) read back in.

Rows are keyed on their `source` and `source_id` when they have one (a PSTW entry
exported from here stays the same PSTW entry), else on ("import", slug).
"""

import csv
import io
import json

from django.utils.translation import gettext as _

from accounts.models import OrganisationType

from ..vocabularies import Beleidsterrein, Source, Status, Technique
from .base import ImportFileError, Record
from .pstw import _clean_url, _open

REQUIRED = ["title", "summary", "lead_organisation", "status"]
CHOICES = {
    "status": (Status, Status.ONTWIKKELING),
    "technique": (Technique, Technique.OVERIG),
    "beleidsterrein": (Beleidsterrein, ""),
}


def read(path_or_file, fmt: str) -> tuple[list[Record], int]:
    text = _open(path_or_file).read()
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ImportFileError(_("The file is not valid JSON: %(error)s") % {"error": error}) from error
        rows = data.get("initiatives") if isinstance(data, dict) else data
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise ImportFileError(_('Expected a list of initiatives (or {"initiatives": [...]}).'))
        rows = [_flatten(row) for row in rows]
        start = 1
    else:
        try:
            reader = csv.DictReader(io.StringIO(text))
            rows = list(reader)
        except csv.Error as error:
            raise ImportFileError(_("The file is not valid CSV: %(error)s") % {"error": error}) from error
        start = 2
        missing = [name for name in REQUIRED if name not in (reader.fieldnames or [])]
        if missing:
            raise ImportFileError(_("Missing column(s): %(columns)s") % {"columns": ", ".join(missing)})
    return [_record(row, number) for number, row in enumerate(rows, start=start)], 0


def _flatten(row: dict) -> dict:
    lead = row.get("lead_organisation")
    return {
        **row,
        "lead_organisation": lead.get("name", "") if isinstance(lead, dict) else (lead or ""),
        "lead_organisation_type": lead.get("type", "") if isinstance(lead, dict) else "",
        "themes": "; ".join(
            theme.get("slug", "") if isinstance(theme, dict) else str(theme)
            for theme in row.get("themes") or []
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
    values = {"title": title[:200], "summary": str(row.get("summary", ""))[:400],
              "description": str(row.get("description", ""))}
    for name, (choices, default) in CHOICES.items():
        value = str(row.get(name, "")).strip()
        if value and value not in choices.values:
            problems.append(
                _("%(field)s %(value)r unknown; set to %(default)r")
                % {"field": name, "value": value, "default": default}
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
