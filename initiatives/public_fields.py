"""The public fields of an initiative, declared once: name, JSON type, value and CSV cells.

The JSON of the API and the export (serializers), the CSV export's columns and cells, and
the API's OpenAPI description (generated from `InitiativeOut`) are all read off
`PUBLIC_FIELDS`, so a new field added here shows up in each of them, and a field cannot
appear in one and be missing from another.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from ninja import Schema
from pydantic import ConfigDict, Field, create_model

from accounts.models import Organisation, OrganisationType

from .vocabularies import Beleidsterrein, RiskGroup, Source, Status, Technique, Transparency

# The JSON value of a field is its Python type; the OpenAPI schema is generated from these
# types (pydantic), and the API checks every answer against them before sending it.
DATE = Annotated[str, Field(json_schema_extra={"format": "date"})]
DATETIME = Annotated[str, Field(json_schema_extra={"format": "date-time"})]
URI = Annotated[str, Field(json_schema_extra={"format": "uri"})]


class Closed(Schema):
    """An object of the API: exactly these keys, no others (additionalProperties: false)."""

    model_config = ConfigDict(extra="forbid")


class OrganisationOut(Closed):
    slug: str
    name: str
    type: OrganisationType
    url: URI


class ThemeRefOut(Closed):
    slug: str
    name: str


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
    type: Any  # of the JSON value: the OpenAPI schema is generated from it
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


def _documented(type_, description: str):
    return Annotated[type_, Field(description=description)]


PUBLIC_FIELDS = (
    PublicField("slug", str, _attr("slug")),
    PublicField("title", str, _attr("title")),
    PublicField("summary", str, _attr("summary")),
    PublicField("description", _documented(str, "Markdown"), _attr("description")),
    PublicField(
        "lead_organisation", OrganisationOut,
        lambda initiative, request: organisation_to_dict(initiative.lead_organisation, request),
        columns=("lead_organisation", "lead_organisation_type"),
        cells=lambda value: (value["name"], value["type"]),
    ),
    PublicField(
        "partner_organisations", list[OrganisationOut],
        lambda initiative, request: [
            organisation_to_dict(org, request) for org in initiative.partner_organisations.all()
        ],
        cells=_names,
    ),
    PublicField(
        "themes", list[ThemeRefOut],
        lambda initiative, request: [
            {"slug": theme.slug, "name": theme.name} for theme in initiative.themes.all()
        ],
        cells=_names,
    ),
    PublicField("beleidsterrein", Beleidsterrein | None, _or_none("beleidsterrein")),
    PublicField(
        "tags", list[str],
        lambda initiative, request: sorted(tag.name for tag in initiative.tags.all()),
        cells=lambda value: ("; ".join(value),),
    ),
    PublicField("status", Status, _attr("status")),
    PublicField("technique", Technique, _attr("technique")),
    PublicField("risk_group", RiskGroup, _attr("risk_group")),
    PublicField("transparency_obligation", Transparency,
                _attr("transparency_obligation")),
    PublicField("start_date", DATE | None, _iso("start_date")),
    PublicField("end_date", DATE | None, _iso("end_date")),
    PublicField("website", URI | None, _or_none("website")),
    PublicField("algoritmeregister_url", URI | None, _or_none("algoritmeregister_url")),
    PublicField("source_code_url", URI | None, _or_none("source_code_url")),
    PublicField("contact_name", str | None, _or_none("contact_name")),
    PublicField("results", str, _attr("results")),
    PublicField("lessons_learned", str, _attr("lessons_learned")),
    PublicField("is_good_example", bool, _attr("is_good_example"),
                cells=lambda value: ("ja" if value else "nee",)),
    PublicField("published_at", DATETIME | None, _iso("published_at")),
    PublicField("confirmed_at", DATETIME | None, _iso("confirmed_at")),
    PublicField("updated_at", DATETIME, _iso("updated_at")),
    PublicField("source", Source, _attr("source")),
    PublicField("source_id", str | None, _or_none("source_id")),
    PublicField(
        "attribution",
        _documented(str | None, "The credit to show with an entry from another source "
                    "(for the Tech Watch: European Commission, JRC, Public Sector Tech Watch, "
                    "CC BY 4.0); null for entries made on the portal."),
        _credit(lambda credit: str(credit.text)),
    ),
    PublicField(
        "licence",
        _documented(str | None, "SPDX identifier of the licence of the entry's source "
                    "data (`CC-BY-4.0` for the Tech Watch); null for entries made on the portal."),
        _credit(lambda credit: credit.licence),
    ),
    PublicField(
        "source_url",
        _documented(URI | None, "Where the source dataset is published; null for entries "
                    "made on the portal."),
        _credit(lambda credit: credit.source_url),
    ),
    PublicField("url", URI,
                lambda initiative, request: _absolute(initiative.get_absolute_url(), request)),
)

# The API's initiative: one required field per public field, and nothing else.
InitiativeOut = create_model(
    "Initiative", __base__=Closed,
    **{field.name: (field.type, ...) for field in PUBLIC_FIELDS},
)
