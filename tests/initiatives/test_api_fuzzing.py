"""schemathesis against /api/v1/, in process (the WSGI app, no network): every operation of
the served OpenAPI description gets its examples, boundary cases (the coverage phase: page 0,
page_size 101, empty values, undeclared methods) and generated valid and invalid requests,
and every answer must be what the description says: no 5xx, a documented status and content
type, a body matching its schema, a 400 for what the description forbids, not a 400 for what
it allows, a 405 with `Allow` for an undeclared method.

It can fail, and did while the API was built: with the list page's InitiativeFilterSet in
initiatives/api.py instead of OpenDataFilterSet, a theme slug that exists nowhere (valid for
the description: any text) answers 400, and this test fails with "ST202 Schema-valid request
rejected"; parameters typed `... | null` or as an `anyOf` with the empty value failed with
"ST201 Schema-violating request accepted" (a query string cannot send null: the generated
invalid value arrived as a valid one), hence the flat enums in initiatives/api_params.py.
"""

import os

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory
from hypothesis import HealthCheck, settings

from initiatives.api import openapi_document
from initiatives.models import Initiative

# Enough to reach every parameter and its boundaries, few enough for CI on two cores.
MAX_EXAMPLES = int(os.environ.get("API_FUZZ_EXAMPLES", "60"))
# The same examples on every run, so CI's verdict is about the code, not the draw; set
# API_FUZZ_RANDOM=1 (with a larger API_FUZZ_EXAMPLES) to explore new ones by hand.
DERANDOMIZE = os.environ.get("API_FUZZ_RANDOM") != "1"


@pytest.fixture
def wsgi_app(registry):
    """Django's WSGI application, as a server runs it; keeps the test's database connection
    open between requests, as Django's own test client does (else the first request would
    close it and lose the test's data)."""
    # One entry from the Tech Watch: its credit fields are then strings, not null.
    Initiative.objects.filter(slug="a").update(source="pstw", source_id="PSTW-71")
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield WSGIHandler()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _served_description() -> dict:
    """What /api/v1/openapi.json serves (test_the_fuzzed_description_is_the_served_one), made
    at import: schemathesis needs it to collect the tests, before any database exists."""
    return openapi_document(RequestFactory().get("/api/v1/openapi.json", SERVER_NAME="localhost"))


schema = schemathesis.openapi.from_dict(_served_description())


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=DERANDOMIZE, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_every_operation_answers_as_its_description_says(case, wsgi_app):
    case.call_and_validate(app=wsgi_app)


@pytest.mark.django_db
def test_the_fuzzed_description_is_the_served_one(client):
    served = client.get("/api/v1/openapi.json", SERVER_NAME="localhost", HTTP_HOST="localhost")
    assert served.json() == _served_description()
