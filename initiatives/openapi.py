"""OpenAPI 3.1 description of /api/v1/, written by hand (the API is small and stable)."""

from accounts.models import OrganisationType

from .filters import ORGANISATION_TYPE_CHOICES, SORT_CHOICES
from .vocabularies import (
    SOURCE_CREDIT,
    Beleidsterrein,
    RiskGroup,
    Source,
    Status,
    Technique,
    Transparency,
)

TECH_WATCH = SOURCE_CREDIT[Source.PSTW]


def _enum(choices):
    return {"type": "string", "enum": [str(value) for value, _label in choices]}


def _nullable(schema):
    return {"oneOf": [schema, {"type": "null"}]}


STRING = {"type": "string"}
DATE = {"type": "string", "format": "date"}
DATETIME = {"type": "string", "format": "date-time"}
URI = {"type": "string", "format": "uri"}

ORGANISATION = {
    "type": "object",
    "required": ["slug", "name", "type", "url"],
    "properties": {
        "slug": STRING, "name": STRING, "type": _enum(OrganisationType.choices), "url": URI,
    },
}
THEME_REF = {"type": "object", "required": ["slug", "name"],
             "properties": {"slug": STRING, "name": STRING}}
INITIATIVE = {
    "type": "object",
    "required": [
        "slug", "title", "summary", "description", "lead_organisation", "partner_organisations",
        "themes", "beleidsterrein", "tags", "status", "technique", "risk_group",
        "transparency_obligation", "start_date", "end_date", "website", "algoritmeregister_url",
        "source_code_url", "contact_name", "results", "lessons_learned", "is_good_example",
        "published_at", "confirmed_at", "updated_at", "source", "source_id", "attribution",
        "licence", "source_url", "url",
    ],
    "properties": {
        "slug": STRING, "title": STRING, "summary": STRING,
        "description": {"type": "string", "description": "Markdown"},
        "lead_organisation": {"$ref": "#/components/schemas/Organisation"},
        "partner_organisations": {"type": "array", "items": {"$ref": "#/components/schemas/Organisation"}},
        "themes": {"type": "array", "items": {"$ref": "#/components/schemas/ThemeRef"}},
        "beleidsterrein": _nullable(_enum(Beleidsterrein.choices)),
        "tags": {"type": "array", "items": STRING},
        "status": _enum(Status.choices),
        "technique": _enum(Technique.choices),
        "risk_group": _enum(RiskGroup.choices),
        "transparency_obligation": _enum(Transparency.choices),
        "start_date": _nullable(DATE), "end_date": _nullable(DATE),
        "website": _nullable(URI), "algoritmeregister_url": _nullable(URI),
        "source_code_url": _nullable(URI), "contact_name": _nullable(STRING),
        "results": STRING, "lessons_learned": STRING, "is_good_example": {"type": "boolean"},
        "published_at": _nullable(DATETIME), "confirmed_at": _nullable(DATETIME),
        "updated_at": DATETIME, "source": {"type": "string", "enum": ["portal", "pstw", "import"]},
        "source_id": _nullable(STRING),
        "attribution": {**_nullable(STRING), "description": "The credit to show with an entry "
                        "from another source (for the Tech Watch: European Commission, JRC, Public "
                        "Sector Tech Watch, CC BY 4.0); null for entries made on the portal."},
        "licence": {**_nullable(STRING), "description": "SPDX identifier of the licence of the "
                    "entry's source data (`CC-BY-4.0` for the Tech Watch); null for entries made "
                    "on the portal."},
        "source_url": {**_nullable(URI), "description": "Where the source dataset is published; "
                       "null for entries made on the portal."},
        "url": URI,
    },
}


def _page_of(ref):
    return {
        "type": "object",
        "required": ["count", "page", "page_size", "next", "previous", "results"],
        "properties": {
            "count": {"type": "integer"}, "page": {"type": "integer"},
            "page_size": {"type": "integer", "maximum": 100},
            "next": _nullable(URI), "previous": _nullable(URI),
            "results": {"type": "array", "items": {"$ref": ref}},
        },
    }


def _array_param(name, choices, description):
    return {
        "name": name, "in": "query", "required": False, "description": description,
        "style": "form", "explode": True,
        "schema": {"type": "array", "items": _enum(choices) if choices else STRING},
    }


PAGINATION = [
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "page_size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
]
FILTERS = [
    {"name": "q", "in": "query", "description": "Full-text search (websearch syntax).",
     "schema": STRING},
    _array_param("thema", None, "Theme slug; several mean OR."),
    _array_param("organisatie", None, "Organisation slug (lead or partner); several mean OR."),
    _array_param("organisatietype", ORGANISATION_TYPE_CHOICES,
                 "Type of the lead organisation; `uitvoeringsorganisatie` groups agencies and ZBOs."),
    _array_param("beleidsterrein", Beleidsterrein.choices, "Policy area."),
    _array_param("status", Status.choices, "Lifecycle status."),
    _array_param("techniek", Technique.choices, "AI technique."),
    _array_param("risicogroep", RiskGroup.choices, "EU AI Act risk group."),
    {"name": "goed_voorbeeld", "in": "query", "description": "Only good examples.",
     "schema": {"type": "string", "enum": ["true", "on", "1"]}},
    {"name": "sorteer", "in": "query", "schema": _enum(SORT_CHOICES)},
]


def _json(ref_or_schema):
    schema = {"$ref": ref_or_schema} if isinstance(ref_or_schema, str) else ref_or_schema
    return {"content": {"application/json": {"schema": schema}}}


def openapi_document(request) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "AI-vraagbaak: registry of government AI initiatives",
            "version": "1.0.0",
            "description": "Read-only open data. Only published initiatives. Entries from the "
            "EU Public Sector Tech Watch (`source` = `pstw`) are data of the European Commission, "
            f"Joint Research Centre, Public Sector Tech Watch ({TECH_WATCH.source_url}), used under "
            "CC BY 4.0 and mapped onto this registry's fields: each carries `attribution`, "
            "`licence` and `source_url`; show the attribution wherever you show the entry.",
            "license": {"name": "CC BY 4.0", "identifier": "CC-BY-4.0"},
        },
        "servers": [{"url": request.build_absolute_uri("/api/v1")}],
        "paths": {
            "/initiatives/": {"get": {
                "operationId": "listInitiatives", "parameters": FILTERS + PAGINATION,
                "responses": {
                    "200": {"description": "A page of initiatives",
                            **_json("#/components/schemas/InitiativePage")},
                    "400": {"description": "Invalid filter"},
                    "404": {"description": "No such page"},
                },
            }},
            "/initiatives/{slug}/": {"get": {
                "operationId": "getInitiative",
                "parameters": [{"name": "slug", "in": "path", "required": True, "schema": STRING}],
                "responses": {
                    "200": {"description": "One initiative", **_json("#/components/schemas/Initiative")},
                    "404": {"description": "Not found or not published"},
                },
            }},
            "/organisations/": {"get": {
                "operationId": "listOrganisations", "parameters": PAGINATION,
                "responses": {"200": {"description": "A page of organisations",
                                      **_json("#/components/schemas/OrganisationPage")}},
            }},
            "/themes/": {"get": {
                "operationId": "listThemes",
                "responses": {"200": {"description": "All themes", **_json({
                    "type": "object", "required": ["results"],
                    "properties": {"results": {"type": "array",
                                               "items": {"$ref": "#/components/schemas/Theme"}}},
                })}},
            }},
        },
        "components": {"schemas": {
            "Organisation": ORGANISATION,
            "ThemeRef": THEME_REF,
            "Theme": {"type": "object",
                      "required": ["slug", "name", "description", "initiative_count"],
                      "properties": {"slug": STRING, "name": STRING, "description": STRING,
                                     "initiative_count": {"type": "integer"}}},
            "Initiative": INITIATIVE,
            "InitiativePage": _page_of("#/components/schemas/Initiative"),
            "OrganisationPage": _page_of("#/components/schemas/Organisation"),
        }},
    }
