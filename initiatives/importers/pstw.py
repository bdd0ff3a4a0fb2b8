"""The EU Public Sector Tech Watch (PSTW) cases dataset, mapped onto the registry.

Source: European Commission, Joint Research Centre, Public Sector Tech Watch
(CC BY 4.0); every imported entry keeps `source = pstw` and its PSTW ID, and the
pages credit the source. The file is UTF-8 with a BOM, a column " Status" with
a leading space and an unnamed last column; values are messy (case, trailing
spaces, hyphens), so every lookup below is on a folded key (see `_fold`).
Unknown values get the default named in each table and are reported.
"""

import csv
import re
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from accounts.models import OrganisationType

from ..vocabularies import Beleidsterrein, ContentLanguage, Source, Status, Technique
from .base import open_text
from .pstw_themes import suggest_themes
from .records import ImportFileError, Record, year_to_date

# "Primary Technology": the registry is of AI; --technology widens it ("all" for every row).
DEFAULT_TECHNOLOGIES = ("artificial intelligence",)
ALL_TECHNOLOGIES = "all"
_FIRST_URL = re.compile(r"https?://[^\s,;()<>\"']+")

REQUIRED_COLUMNS = [
    "PSTW ID", "Name", "Description", "Responsible organisation",
    "Responsible organisation category", "Geographical coverage (country)", "Status",
]

# PSTW " Status" → our lifecycle status (shared/data/vocabularies.md). Default: in development.
STATUS = {
    "planned": Status.IDEE,
    "in development": Status.ONTWIKKELING,
    "pilot": Status.PILOT,
    "implemented": Status.IN_GEBRUIK,
    "not in use": Status.GESTOPT,
}
STATUS_DEFAULT = Status.ONTWIKKELING

# "Responsible organisation category" → organisation type of a *new* organisation.
# Central government is a ministry when its name says so, else an agency. Default: overig.
ORGANISATION_TYPE = {
    "local government": OrganisationType.GEMEENTE,
    "regional government": OrganisationType.PROVINCIE,
    "central government": OrganisationType.AGENTSCHAP,
    "national government": OrganisationType.AGENTSCHAP,
    "state owned entreprise": OrganisationType.OVERIG,
    "academic research": OrganisationType.OVERIG,
    "consortium": OrganisationType.OVERIG,
    "private sector": OrganisationType.OVERIG,
    "non governmental": OrganisationType.OVERIG,
    "community led": OrganisationType.OVERIG,
    "european institution agency": OrganisationType.OVERIG,
}
ORGANISATION_TYPE_DEFAULT = OrganisationType.OVERIG

# COFOG level I → beleidsterrein (Algoritmeregister theme). Level II overrides where
# it is more precise (transport is "verkeer", not "economie"). Default: empty.
COFOG_I = {
    "general public services": Beleidsterrein.ORGANISATIE,
    "defence": Beleidsterrein.VEILIGHEID,
    "public order and safety": Beleidsterrein.VEILIGHEID,
    "economic affairs": Beleidsterrein.ECONOMIE,
    "environmental protection": Beleidsterrein.NATUUR,
    "housing and community amenities": Beleidsterrein.WONEN,
    "health": Beleidsterrein.ZORG,
    "recreation culture and religion": Beleidsterrein.CULTUUR,
    "education": Beleidsterrein.ONDERWIJS,
    "social protection": Beleidsterrein.SOCIALE_ZEKERHEID,
}
COFOG_II = {
    "transport": Beleidsterrein.VERKEER,
    "law courts": Beleidsterrein.RECHT,
    "unemployment": Beleidsterrein.WERK,
    "general economic commercial and labour affairs": Beleidsterrein.WERK,
    "agriculture forestry fishing and hunting": Beleidsterrein.NATUUR,
    "housing development": Beleidsterrein.WONEN,
}

# AI Classification subdomain (II) → AI technique; the main subdomain first, then the
# others. Generative AI wins wherever it is named. Default: overig.
TECHNIQUE = {
    "generative ai": Technique.GENERATIEF,
    "natural language processing": Technique.NLP,
    "audio processing": Technique.SPRAAK,
    "computer vision": Technique.BEELD,
    "machine learning": Technique.VOORSPELLEND,
    "deep learning": Technique.VOORSPELLEND,
    "planning and scheduling": Technique.OPTIMALISATIE,
    "optimisation": Technique.OPTIMALISATIE,
    "automated reasoning": Technique.REGELS,
    "automated reasoning and automated decision making adm": Technique.REGELS,
    "knowledge representation": Technique.REGELS,
    "searching": Technique.NLP,
}
TECHNIQUE_DEFAULT = Technique.OVERIG
TECHNIQUE_COLUMNS = [
    "AI Classification Subdomain (II) (main)",
    "AI Classification Subdomain (II) (Other I)",
    "AI Classification Subdomain (II) (Other II)",
    "AI Classification Subdomain (II) (Other III)",
]

_url = URLValidator(schemes=["http", "https"])
URL_MAX_LENGTH = 500  # Initiative.website and .source_code_url


def _fold(value: str) -> str:
    """Lower case, punctuation and hyphens to single spaces: "Central-Government " → "central government"."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", (value or "").lower()).split())


def _clean_url(value: str, problems: list[str], label: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    try:
        _url(value)
    except ValidationError:
        problems.append(
            _("%(field)s %(value)r is not a web address; left empty")
            % {"field": label, "value": value[:60]}
        )
        return ""
    if len(value) > URL_MAX_LENGTH:
        problems.append(
            _("%(field)s is longer than %(limit)s characters; left empty")
            % {"field": label, "limit": URL_MAX_LENGTH}
        )
        return ""
    return value


def _source_link(text: str, problems: list[str]) -> str:
    """The first web address in the "Source" column, which also holds citations and prose."""
    found = _FIRST_URL.search(text or "")
    return _clean_url(found.group(0).rstrip(".") if found else "", problems, "source")


def _day(text: str, problems: list[str]) -> date | None:
    """"Date updated" is day/month/year."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        problems.append(
            _("date updated %(value)r is not a day/month/year date; left empty") % {"value": text[:20]}
        )
        return None


def _summary(description: str) -> str:
    text = " ".join(description.split())
    if len(text) <= 400:
        return text
    cut = text[:397]
    sentence_end = cut.rfind(". ")
    return cut[: sentence_end + 1] if sentence_end > 150 else cut.rsplit(" ", 1)[0] + "…"


def wanted_technologies(technologies) -> frozenset[str] | None:
    """The folded technologies to keep; None keeps every row."""
    names = [_fold(name) for name in (technologies or DEFAULT_TECHNOLOGIES) if _fold(name)]
    if ALL_TECHNOLOGIES in names:
        return None
    return frozenset(names or DEFAULT_TECHNOLOGIES)


def read(path_or_file, *, country: str | None = None, technologies=None) -> tuple[list[Record], int]:
    """Records of the PSTW file and how many rows were left out.

    Only `country`'s rows when given, and only the rows whose Primary Technology is one of
    `technologies` (by default artificial intelligence; "all" keeps every row).
    """
    keep = wanted_technologies(technologies)
    reader = csv.DictReader(open_text(path_or_file))
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        raise ImportFileError(_("The file is not valid CSV: %(error)s") % {"error": error}) from error
    columns = {(name or "").strip(): name for name in header}
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise ImportFileError(
            _("This is not a Public Sector Tech Watch file: missing column(s) %(columns)s")
            % {"columns": ", ".join(missing)}
        )
    records, filtered_out = [], 0
    try:
        for row in reader:
            row = {(key or "").strip(): (value or "") for key, value in row.items() if key}
            if country and _fold(row["Geographical coverage (country)"]) != _fold(country):
                filtered_out += 1
                continue
            if keep is not None and _fold(row.get("Primary Technology", "")) not in keep:
                filtered_out += 1
                continue
            records.append(_record(row, reader.line_num))
    except csv.Error as error:
        raise ImportFileError(
            _("The file is not valid CSV (line %(line)s): %(error)s")
            % {"line": reader.line_num, "error": error}
        ) from error
    return records, filtered_out


def _record(row: dict, line: int) -> Record:
    problems: list[str] = []
    pstw_id = row["PSTW ID"].strip()
    name = " ".join(row["Name"].split())
    organisation = " ".join(row["Responsible organisation"].split())
    skip = ""
    if not pstw_id:
        skip = _("no PSTW ID")
    elif not name:
        skip = _("no name")
    elif not organisation:
        skip = _("no responsible organisation")

    status_raw = row.get("Status", "")
    status = STATUS.get(_fold(status_raw))
    if status is None:
        problems.append(
            _("status %(value)r unknown; set to %(default)s")
            % {"value": status_raw, "default": STATUS_DEFAULT.label}
        )
        status = STATUS_DEFAULT

    category = _fold(row["Responsible organisation category"])
    organisation_type = ORGANISATION_TYPE.get(category)
    if organisation_type is None:
        problems.append(
            _("organisation category %(value)r unknown; type set to overig") % {"value": category}
        )
        organisation_type = ORGANISATION_TYPE_DEFAULT
    if organisation_type == OrganisationType.AGENTSCHAP and re.search(
        r"\bministr|\bministerie", organisation, re.IGNORECASE
    ):
        organisation_type = OrganisationType.MINISTERIE
    if organisation_type == OrganisationType.GEMEENTE and re.search(
        r"police|politie", organisation, re.IGNORECASE
    ):
        organisation_type = OrganisationType.POLITIE

    cofog_ii = _fold(row.get("Functions of Government (COFOG level II)", ""))
    cofog_i = _fold(row.get("Functions of Government (COFOG level I)", ""))
    beleidsterrein = COFOG_II.get(cofog_ii) or COFOG_I.get(cofog_i) or ""
    if not beleidsterrein and cofog_i:
        problems.append(
            _("COFOG function %(value)r unknown; policy area left empty") % {"value": cofog_i}
        )

    subdomains = [_fold(row.get(column, "")) for column in TECHNIQUE_COLUMNS]
    if "generative ai" in subdomains:
        technique = Technique.GENERATIEF
    else:
        technique = next((TECHNIQUE[s] for s in subdomains if s in TECHNIQUE), None)
    if technique is None:
        named = next((s for s in subdomains if s), "")
        problems.append(
            _("AI classification %(value)r unknown; technique set to overig") % {"value": named}
            if named else _("no AI classification; technique set to overig")
        )
        technique = TECHNIQUE_DEFAULT

    themes = suggest_themes(
        application=_fold(row.get("Application type", "")),
        keywords=_fold(row.get("AI Keywords", "")),
        technique=technique, subdomain=subdomains[0], cofog_i=cofog_i, cofog_ii=cofog_ii,
        classification=_fold(row.get("AI Classification (I)", "")),
    )
    if not themes:
        problems.append(_("no theme could be derived; left for a curator"))

    open_output = row.get("Open components in output", "").strip()
    source_code = open_output if open_output.startswith(("https://github.com", "https://gitlab")) else ""
    description = row["Description"].strip()
    values = {
        "title": name,
        "summary": _summary(description) or name[:400],
        "description": description,
        "website": _clean_url(row.get("Website", ""), problems, "website"),
        "status": status,
        "beleidsterrein": beleidsterrein,
        "technique": technique,
        "start_date": year_to_date(row.get("Start Year", ""), problems, "start year"),
        "end_date": year_to_date(row.get("End Year", ""), problems, "end year"),
        "source_code_url": _clean_url(source_code, problems, "source code"),
        "language": ContentLanguage.ENGLISH,
        "source_url": _source_link(row.get("Source", ""), problems),
        "source_updated_on": _day(row.get("Date updated", ""), problems),
    }
    return Record(
        line=line, source=Source.PSTW, source_id=pstw_id, values=values,
        organisation_name=organisation, organisation_type=organisation_type,
        themes=themes, problems=problems, skip_reason=skip,
    )
