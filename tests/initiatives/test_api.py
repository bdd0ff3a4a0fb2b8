"""The read-only JSON API: the list page's filters, pagination (page_size at most 100), and an
OpenAPI 3.1 description that matches what the endpoints really answer."""

import csv
import io
import json
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from initiatives.vocabularies import Status
from tests.factories import InitiativeFactory

API = reverse("initiatives:api-initiative-list")
FORMAT_CHECKER = Draft202012Validator.FORMAT_CHECKER


def check(document, schema, value):
    """`value` is valid for `schema` (JSON Schema 2020-12, as OpenAPI 3.1 uses it), whose
    $refs point into `document`'s components; the date and date-time formats are checked."""
    validator = Draft202012Validator(
        {**schema, "components": document["components"]}, format_checker=FORMAT_CHECKER,
    )
    errors = [f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
              for error in validator.iter_errors(value)]
    assert errors == []


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


@pytest.mark.django_db
def test_the_served_description_is_valid_openapi(openapi):
    validate(openapi)  # openapi-spec-validator: raises on any error, for 3.1 with JSON Schema


@pytest.mark.django_db
def test_check_refuses_a_key_the_description_does_not_have(client, registry, openapi):
    item = client.get("/api/v1/initiatives/b/").json()
    with pytest.raises(AssertionError, match="contact_email"):
        check(openapi, response_schema(openapi, "/initiatives/{slug}/"), {**item, "contact_email": "x"})


def _documented(document, path, status):
    return str(status) in document["paths"][path]["get"]["responses"]


@pytest.mark.django_db
@pytest.mark.parametrize("query, name", [
    ({"page": "abc"}, "page"), ({"page": 0}, "page"), ({"page": -1}, "page"),
    ({"page_size": 101}, "page_size"), ({"status": "onzin"}, "status"),
    ({"sorteer": "prijs"}, "sorteer"), ({"goed_voorbeeld": "misschien"}, "goed_voorbeeld"),
    ({"q": "x" * 201}, "q"),
])
def test_a_bad_parameter_is_a_documented_400_naming_it(client, registry, openapi, query, name):
    for path, url in (("/initiatives/", API), ("/organisations/", "/api/v1/organisations/")):
        if path == "/organisations/" and name not in ("page", "page_size"):
            continue
        response = client.get(url, query)
        assert response.status_code == HTTPStatus.BAD_REQUEST, (url, query)
        assert response["Content-Type"].startswith("application/json")
        assert name in response.json()["fields"] and name in response.json()["error"]
        assert _documented(openapi, path, 400)
        check(openapi, response_schema(openapi, path, "400"), response.json())


@pytest.mark.django_db
def test_page_size_maximum_is_in_the_description(openapi):
    for path in ("/initiatives/", "/organisations/"):
        parameters = {p["name"]: p for p in openapi["paths"][path]["get"]["parameters"]}
        assert parameters["page_size"]["schema"]["maximum"] == 100
        assert parameters["page"]["schema"]["minimum"] == 1


@pytest.mark.django_db
@pytest.mark.parametrize("url, path", [
    ("/api/v1/initiatives/?page=99", "/initiatives/"),
    ("/api/v1/initiatives/hidden/", "/initiatives/{slug}/"),
    ("/api/v1/initiatives/bestaat-niet/", "/initiatives/{slug}/"),
    ("/api/v1/organisations/?page=99", "/organisations/"),
    ("/api/v1/bestaat-niet/", None),
    ("/api/v1/initiatives/a/b/", None),
])
def test_what_does_not_exist_is_a_json_404(client, registry, openapi, url, path):
    response = client.get(url)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]
    if path:
        assert _documented(openapi, path, 404)
        check(openapi, response_schema(openapi, path, "404"), response.json())


@pytest.mark.django_db
def test_a_slug_that_exists_nowhere_matches_nothing(client, registry):
    """Changed: this was a 400, for a request the description calls valid (any text)."""
    for query in ({"thema": "bestaat-niet"}, {"organisatie": "bestaat-niet"}):
        response = client.get(API, query)
        assert response.status_code == HTTPStatus.OK
        assert response.json()["count"] == 0
    assert client.get(API, {"thema": ["bestaat-niet", "beeld"]}).json()["count"] == 2


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "head"])
def test_every_operation_refuses_other_methods_with_405(client, registry, method):
    client = Client(enforce_csrf_checks=True)
    for url in ("/api/v1/initiatives/a/", "/api/v1/organisations/", "/api/v1/themes/"):
        response = getattr(client, method)(url)
        assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED, url
        assert response["Allow"] == "GET"


@pytest.mark.django_db
def test_q_uses_the_registry_search(client, registry, monkeypatch):
    import initiatives.filters

    searched = []
    real = initiatives.filters.search_ranked

    def spy(queryset, value):
        searched.append(value)
        return real(queryset, value)

    monkeypatch.setattr(initiatives.filters, "search_ranked", spy)
    assert client.get(API, {"q": "chatbot"}).status_code == HTTPStatus.OK
    assert searched == ["chatbot"]


@pytest.mark.django_db
def test_list_and_detail_queries_do_not_grow_with_the_data(client, registry,
                                                           django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == HTTPStatus.OK
        return len(captured)

    few = queries(f"{API}?page_size=100")
    for index in range(12):
        initiative = InitiativeFactory(slug=f"extra-{index}", themes=[registry["a"].themes.first()])
        initiative.partner_organisations.add(registry["b"].lead_organisation)
        initiative.tags.add("woo", f"tag-{index}")
    assert queries(f"{API}?page_size=100") == few
    assert queries(f"{API}?page_size=100&q=chatbot&thema=chat") <= few + 2
    # A savepoint and its release (ATOMIC_REQUESTS), the count, the page, then one query each
    # for themes, tags and partners of the whole page.
    with django_assert_max_num_queries(7):
        client.get(f"{API}?page_size=100")
    with django_assert_max_num_queries(6):
        client.get("/api/v1/initiatives/extra-1/")
    with django_assert_max_num_queries(4):
        client.get("/api/v1/organisations/?page_size=100")
