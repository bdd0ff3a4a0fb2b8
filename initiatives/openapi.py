"""OpenAPI 3.1 description of /api/v1/, written by hand (the API is small and stable).

The initiative's schema is read off its public fields (public_fields.PUBLIC_FIELDS).
"""

from .filters import ORGANISATION_TYPE_CHOICES, SORT_CHOICES
from .public_fields import (
    INITIATIVE_SCHEMA,
    ORGANISATION_SCHEMA,
    STRING,
    THEME_REF_SCHEMA,
    URI,
    enum,
    nullable,
)
from .vocabularies import (
    SOURCE_CREDIT,
    Beleidsterrein,
    RiskGroup,
    Source,
    Status,
    Technique,
)

TECH_WATCH = SOURCE_CREDIT[Source.PSTW]


def _page_of(ref):
    return {
        "type": "object",
        "required": ["count", "page", "page_size", "next", "previous", "results"],
        "properties": {
            "count": {"type": "integer"}, "page": {"type": "integer"},
            "page_size": {"type": "integer", "maximum": 100},
            "next": nullable(URI), "previous": nullable(URI),
            "results": {"type": "array", "items": {"$ref": ref}},
        },
    }


def _array_param(name, choices, description):
    return {
        "name": name, "in": "query", "required": False, "description": description,
        "style": "form", "explode": True,
        "schema": {"type": "array", "items": enum(choices) if choices else STRING},
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
    {"name": "sorteer", "in": "query", "schema": enum(SORT_CHOICES)},
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
                    "400": {"description": "Invalid filter or page_size"},
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
                                      **_json("#/components/schemas/OrganisationPage")},
                              "400": {"description": "Invalid page_size"},
                              "404": {"description": "No such page"}},
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
            "Organisation": ORGANISATION_SCHEMA,
            "ThemeRef": THEME_REF_SCHEMA,
            "Theme": {"type": "object",
                      "required": ["slug", "name", "description", "initiative_count"],
                      "properties": {"slug": STRING, "name": STRING, "description": STRING,
                                     "initiative_count": {"type": "integer"}}},
            "Initiative": INITIATIVE_SCHEMA,
            "InitiativePage": _page_of("#/components/schemas/Initiative"),
            "OrganisationPage": _page_of("#/components/schemas/Organisation"),
        }},
    }
