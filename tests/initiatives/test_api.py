"""The read-only JSON API: the list page's filters, pagination (page_size at most 100), and an
OpenAPI 3.1 description that matches what the endpoints really answer."""

import csv
import io
import json
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from initiatives.vocabularies import Status

API = reverse("initiatives:api-initiative-list")


def resolve(document, schema):
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


TYPES = {"object": dict, "array": list, "string": str, "integer": int, "boolean": bool,
         "null": type(None)}


def check(document, schema, value, path="$"):
    """A small JSON Schema check: $ref, type, required, properties, items, enum, oneOf."""
    schema = resolve(document, schema)
    if "oneOf" in schema:
        errors = []
        for option in schema["oneOf"]:
            try:
                check(document, option, value, path)
                return
            except AssertionError as error:
                errors.append(str(error))
        raise AssertionError(f"{path}: matches no option: {errors}")
    if "type" in schema:
        assert isinstance(value, TYPES[schema["type"]]), f"{path}: {value!r} is not {schema['type']}"
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r} not in {schema['enum']}"
    if isinstance(value, dict):
        missing = set(schema.get("required", [])) - set(value)
        assert not missing, f"{path}: missing {missing}"
        undocumented = set(value) - set(schema.get("properties", {}))
        assert not undocumented, f"{path}: undocumented keys {undocumented}"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                check(document, sub, value[key], f"{path}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            check(document, schema["items"], item, f"{path}[{index}]")


@pytest.fixture
def openapi(client):
    response = client.get(reverse("initiatives:api-openapi"))
    assert response.status_code == HTTPStatus.OK
    document = response.json()
    assert document["openapi"].startswith("3.1")
    return document


def response_schema(document, path, status="200"):
    operation = document["paths"][path]["get"]
    return operation["responses"][status]["content"]["application/json"]["schema"]


@pytest.mark.django_db
@pytest.mark.parametrize("url, path", [
    ("/api/v1/initiatives/", "/initiatives/"),
    ("/api/v1/initiatives/?thema=chat&status=pilot", "/initiatives/"),
    ("/api/v1/initiatives/b/", "/initiatives/{slug}/"),
    ("/api/v1/organisations/", "/organisations/"),
    ("/api/v1/themes/", "/themes/"),
])
def test_responses_match_the_openapi_description(client, registry, openapi, url, path):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    check(openapi, response_schema(openapi, path), response.json())


@pytest.mark.django_db
def test_filter_parameters_are_documented(openapi):
    from initiatives.filters import InitiativeFilterSet

    documented = {p["name"] for p in openapi["paths"]["/initiatives/"]["get"]["parameters"]}
    assert set(InitiativeFilterSet.base_filters) | {"page", "page_size"} == documented


@pytest.mark.django_db
def test_api_uses_the_list_filters(client, registry):
    data = client.get(API, {"thema": ["chat", "beeld"], "status": Status.PILOT}).json()
    assert {item["slug"] for item in data["results"]} == {"b", "d", "e"}
    assert data["count"] == 3


@pytest.mark.django_db
def test_api_paginates_with_a_maximum_page_size(client, registry):
    data = client.get(API, {"page_size": 2}).json()
    assert data["count"] == 6 and len(data["results"]) == 2 and data["next"]
    assert client.get(API, {"page_size": 100}).json()["page_size"] == 100
    for outside in (0, 101, 1000):
        response = client.get(API, {"page_size": outside})
        assert response.status_code == HTTPStatus.BAD_REQUEST
        assert "between 1 and 100" in response.json()["error"]
    assert client.get(API, {"page": 99}).status_code == HTTPStatus.NOT_FOUND
    assert client.get(API, {"page_size": "veel"}).status_code == HTTPStatus.BAD_REQUEST


@pytest.mark.django_db
def test_invalid_filter_is_a_400_with_the_field(client, registry):
    response = client.get(API, {"status": "onzin"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "status" in response.json()["fields"]


@pytest.mark.django_db
def test_csv_export_has_a_bom_and_the_selection(client, registry):
    response = client.get(reverse("initiatives:initiative-export-csv"), {"thema": "beeld"})
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(content.lstrip("\ufeff"))))
    assert {row["slug"] for row in rows} == {"d", "e"}
    assert rows[0]["lead_organisation"]


@pytest.mark.django_db
def test_csv_export_neutralises_formulas(client, registry):
    registry["a"].title = "=HYPERLINK(\"http://evil\")"
    registry["a"].save()
    content = client.get(reverse("initiatives:initiative-export-csv")).content.decode()
    assert "'=HYPERLINK" in content


@pytest.mark.django_db
def test_json_export_is_the_selection(client, registry):
    response = client.get(reverse("initiatives:initiative-export-json"), {"organisatie": "uwv"})
    data = json.loads(response.content)
    assert {item["slug"] for item in data["initiatives"]} == {"b", "f"}


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_undeclared_method_is_405_not_a_csrf_403(method):
    client = Client(enforce_csrf_checks=True)
    for url in (reverse("initiatives:api-initiative-list"), reverse("initiatives:api-openapi")):
        response = getattr(client, method)(url)
        assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED, url
        assert response["Allow"] == "GET"


@pytest.mark.django_db
def test_an_empty_filter_value_means_no_filter(client, registry):
    everything = client.get(API).json()["count"]
    response = client.get(API, {"organisatie": "", "thema": ""})
    assert response.status_code == HTTPStatus.OK
    assert response.json()["count"] == everything
    assert client.get("/initiatieven/", {"organisatie": ""}).status_code == HTTPStatus.OK
