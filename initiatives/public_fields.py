"""The public fields of an initiative, declared once: name, JSON value, schema and CSV cells.

The JSON of the API and the export (serializers), the CSV export's columns and cells, and
the OpenAPI description are all read off `PUBLIC_FIELDS`, so a new field added here shows
up in each of them, and a field cannot appear in one and be missing from another.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from accounts.models import Organisation, OrganisationType

from .vocabularies import Beleidsterrein, RiskGroup, Status, Technique, Transparency


def enum(choices) -> dict:
    return {"type": "string", "enum": [str(value) for value, _label in choices]}


def nullable(schema: dict) -> dict:
    return {"oneOf": [schema, {"type": "null"}]}


STRING = {"type": "string"}
DATE = {"type": "string", "format": "date"}
DATETIME = {"type": "string", "format": "date-time"}
URI = {"type": "string", "format": "uri"}

ORGANISATION_SCHEMA = {
    "type": "object",
    "required": ["slug", "name", "type", "url"],
    "properties": {
        "slug": STRING, "name": STRING, "type": enum(OrganisationType.choices), "url": URI,
    },
}
THEME_REF_SCHEMA = {"type": "object", "required": ["slug", "name"],
                    "properties": {"slug": STRING, "name": STRING}}


def _absolute(url: str, request) -> str:
    return request.build_absolute_uri(url) if request else url


def organisation_to_dict(organisation: Organisation, request=None) -> dict:
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "type": organisation.type,
        "url": _absolute(organisation.get_absolute_url(), request),
    }


@dataclass(frozen=True)
class PublicField:
    name: str
    schema: dict
    # (initiative, request or None) -> the JSON value.
    read: Callable[[Any, Any], Any]
    # The CSV columns of the field and its cells from the JSON value; by default one, as is.
    columns: tuple[str, ...] = ()
    cells: Callable[[Any], tuple] = lambda value: (value,)

    @property
    def csv_columns(self) -> tuple[str, ...]:
        return self.columns or (self.name,)


def _attr(name: str):
    return lambda initiative, request: getattr(initiative, name)


def _or_none(name: str):
    """Empty text is absent: null in JSON, an empty cell in CSV."""
    return lambda initiative, request: getattr(initiative, name) or None


def _iso(name: str):
    def read(initiative, request):
        value = getattr(initiative, name)
        return value.isoformat() if value else None
    return read


def _credit(read: Callable):
    """Third-party entries carry their credit in every copy (CC BY): who, which licence, where
    from; None for entries made here."""
    return lambda initiative, request: read(initiative.credit) if initiative.credit else None


def _names(items: list[dict]) -> tuple[str]:
    return ("; ".join(item["name"] for item in items),)


def _documented(schema: dict, description: str) -> dict:
    return {**schema, "description": description}


ORGANISATION_REF = {"$ref": "#/components/schemas/Organisation"}

PUBLIC_FIELDS = (
    PublicField("slug", STRING, _attr("slug")),
    PublicField("title", STRING, _attr("title")),
    PublicField("summary", STRING, _attr("summary")),
    PublicField("description", {"type": "string", "description": "Markdown"}, _attr("description")),
    PublicField(
        "lead_organisation", ORGANISATION_REF,
        lambda initiative, request: organisation_to_dict(initiative.lead_organisation, request),
        columns=("lead_organisation", "lead_organisation_type"),
        cells=lambda value: (value["name"], value["type"]),
    ),
    PublicField(
        "partner_organisations", {"type": "array", "items": ORGANISATION_REF},
        lambda initiative, request: [
            organisation_to_dict(org, request) for org in initiative.partner_organisations.all()
        ],
        cells=_names,
    ),
    PublicField(
        "themes", {"type": "array", "items": {"$ref": "#/components/schemas/ThemeRef"}},
        lambda initiative, request: [
            {"slug": theme.slug, "name": theme.name} for theme in initiative.themes.all()
        ],
        cells=_names,
    ),
    PublicField("beleidsterrein", nullable(enum(Beleidsterrein.choices)), _or_none("beleidsterrein")),
    PublicField(
        "tags", {"type": "array", "items": STRING},
        lambda initiative, request: sorted(tag.name for tag in initiative.tags.all()),
        cells=lambda value: ("; ".join(value),),
    ),
    PublicField("status", enum(Status.choices), _attr("status")),
    PublicField("technique", enum(Technique.choices), _attr("technique")),
    PublicField("risk_group", enum(RiskGroup.choices), _attr("risk_group")),
    PublicField("transparency_obligation", enum(Transparency.choices),
                _attr("transparency_obligation")),
    PublicField("start_date", nullable(DATE), _iso("start_date")),
    PublicField("end_date", nullable(DATE), _iso("end_date")),
    PublicField("website", nullable(URI), _or_none("website")),
    PublicField("algoritmeregister_url", nullable(URI), _or_none("algoritmeregister_url")),
    PublicField("source_code_url", nullable(URI), _or_none("source_code_url")),
    PublicField("contact_name", nullable(STRING), _or_none("contact_name")),
    PublicField("results", STRING, _attr("results")),
    PublicField("lessons_learned", STRING, _attr("lessons_learned")),
    PublicField("is_good_example", {"type": "boolean"}, _attr("is_good_example"),
                cells=lambda value: ("ja" if value else "nee",)),
    PublicField("published_at", nullable(DATETIME), _iso("published_at")),
    PublicField("confirmed_at", nullable(DATETIME), _iso("confirmed_at")),
    PublicField("updated_at", DATETIME, _iso("updated_at")),
    PublicField("source", {"type": "string", "enum": ["portal", "pstw", "import"]}, _attr("source")),
    PublicField("source_id", nullable(STRING), _or_none("source_id")),
    PublicField(
        "attribution",
        _documented(nullable(STRING), "The credit to show with an entry from another source "
                    "(for the Tech Watch: European Commission, JRC, Public Sector Tech Watch, "
                    "CC BY 4.0); null for entries made on the portal."),
        _credit(lambda credit: str(credit.text)),
    ),
    PublicField(
        "licence",
        _documented(nullable(STRING), "SPDX identifier of the licence of the entry's source "
                    "data (`CC-BY-4.0` for the Tech Watch); null for entries made on the portal."),
        _credit(lambda credit: credit.licence),
    ),
    PublicField(
        "source_url",
        _documented(nullable(URI), "Where the source dataset is published; null for entries "
                    "made on the portal."),
        _credit(lambda credit: credit.source_url),
    ),
    PublicField("url", URI,
                lambda initiative, request: _absolute(initiative.get_absolute_url(), request)),
)

INITIATIVE_SCHEMA = {
    "type": "object",
    "required": [field.name for field in PUBLIC_FIELDS],
    "properties": {field.name: field.schema for field in PUBLIC_FIELDS},
}
