"""Tech Watch content carries its credit (CC BY 4.0) wherever it is shown: on the initiative page,
in the CSV and JSON exports, in every API item and the OpenAPI description, and on /over/ in both
languages. Entries made on the portal carry none."""

import csv
import io
import json
from http import HTTPStatus

import pytest
from django.urls import reverse

from initiatives.models import Initiative
from tests.initiatives.test_api import check, response_schema

DATASET = "https://data.europa.eu/89h/e8e7bddd-8510-4936-9fa6-7e1b399cbd92"
CREDIT = "JRC, Public Sector Tech Watch"  # the same in Dutch and English

pytestmark = pytest.mark.django_db


@pytest.fixture
def from_tech_watch(registry):
    """Entry "a" imported from the Tech Watch; "b" entered here."""
    Initiative.objects.filter(slug="a").update(source="pstw", source_id="PSTW-71")
    return registry


def test_initiative_page_names_links_and_licenses_the_source(client, from_tech_watch):
    body = client.get(reverse("initiatives:initiative-detail", args=["a"])).content.decode()
    assert 'id="attribution"' in body and CREDIT in body and "(PSTW-71)" in body
    assert f'href="{DATASET}"' in body
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license' in body


def test_page_of_an_entry_made_here_has_no_source_credit(client, from_tech_watch):
    body = client.get(reverse("initiatives:initiative-detail", args=["b"])).content.decode()
    assert 'id="attribution"' not in body and DATASET not in body


def test_csv_export_carries_the_credit_per_row(client, from_tech_watch):
    content = client.get(reverse("initiatives:initiative-export-csv")).content.decode()
    rows = {row["slug"]: row for row in csv.DictReader(io.StringIO(content.lstrip("\ufeff")))}
    assert CREDIT in rows["a"]["attribution"]
    assert rows["a"]["licence"] == "CC-BY-4.0" and rows["a"]["source_url"] == DATASET
    assert rows["b"]["attribution"] == rows["b"]["licence"] == rows["b"]["source_url"] == ""


def test_json_export_carries_the_credit_per_item(client, from_tech_watch):
    data = json.loads(client.get(reverse("initiatives:initiative-export-json")).content)
    items = {item["slug"]: item for item in data["initiatives"]}
    assert CREDIT in items["a"]["attribution"]
    assert items["a"]["licence"] == "CC-BY-4.0" and items["a"]["source_url"] == DATASET
    assert items["b"]["attribution"] is items["b"]["licence"] is items["b"]["source_url"] is None


def test_api_items_carry_the_credit_as_the_openapi_description_says(client, from_tech_watch):
    document = client.get(reverse("initiatives:api-openapi")).json()
    assert DATASET in document["info"]["description"]
    assert "CC BY 4.0" in document["info"]["description"]
    data = client.get("/api/v1/initiatives/").json()
    check(document, response_schema(document, "/initiatives/"), data)
    item = client.get("/api/v1/initiatives/a/").json()
    check(document, response_schema(document, "/initiatives/{slug}/"), item)
    assert CREDIT in item["attribution"] and item["licence"] == "CC-BY-4.0"
    assert item["source_url"] == DATASET


@pytest.mark.parametrize("language", ["nl", "en"])
def test_about_page_credits_the_tech_watch_in_both_languages(client, language):
    client.cookies["django_language"] = language
    response = client.get(reverse("vraagbaak:about"))
    body = response.content.decode()
    assert response.status_code == HTTPStatus.OK and f'<html lang="{language}"' in body
    assert 'id="tech-watch"' in body and "JRC" in body and "CC BY 4.0" in body
    assert f'href="{DATASET}"' in body
