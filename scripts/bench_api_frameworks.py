"""The measurement behind docs/api.md: the registry's list and detail endpoints on
django-ninja (what /api/v1/ runs) and the same endpoints on DRF with drf-spectacular, in one
process on an in-memory SQLite database with 120 published initiatives.

Measured for each: requests per second (Django's test client, no network), whether the
generated description is valid OpenAPI (openapi-spec-validator), what it leaves out that
the API does, and the failures schemathesis finds (the same checks as
tests/initiatives/test_api_fuzzing.py). DRF is not a dependency of the portal; install it
beside, not into, the virtualenv:

    .venv/bin/pip install --target /tmp/drf-bench --no-deps djangorestframework==3.18.3 \\
        drf-spectacular==0.30.0 uritemplate inflection PyYAML
    PYTHONPATH=/tmp/drf-bench .venv/bin/python scripts/bench_api_frameworks.py
"""

import contextlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "vraagbaak.settings.test"
os.environ.pop("DATABASE_URL", None)

from django.conf import settings

settings.INSTALLED_APPS += ["rest_framework", "drf_spectacular"]
settings.REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
                           "DEFAULT_AUTHENTICATION_CLASSES": [], "UNAUTHENTICATED_USER": None}
settings.SPECTACULAR_SETTINGS = {"OAS_VERSION": "3.1.0", "TITLE": "registry (DRF)"}
settings.ALLOWED_HOSTS = ["*"]

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import include, path  # noqa: E402
from django_filters.rest_framework import DjangoFilterBackend  # noqa: E402
from drf_spectacular.generators import SchemaGenerator  # noqa: E402
from drf_spectacular.types import OpenApiTypes  # noqa: E402
from drf_spectacular.utils import extend_schema_field  # noqa: E402
from rest_framework import generics, pagination, serializers  # noqa: E402

from accounts.models import Organisation, OrganisationType  # noqa: E402
from initiatives.filters import OpenDataFilterSet  # noqa: E402
from initiatives.models import Initiative  # noqa: E402
from initiatives.serializers import for_export  # noqa: E402
from initiatives.vocabularies import (  # noqa: E402
    Beleidsterrein,
    RiskGroup,
    Source,
    Status,
    Technique,
    Transparency,
)

# --- The DRF version (counted in docs/api.md: from here to the end marker) ---


class OrganisationSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    type = serializers.ChoiceField(choices=OrganisationType.choices)
    url = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, obj):
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class ThemeRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


def _or_none(name, field=OpenApiTypes.STR):
    @extend_schema_field({"oneOf": [{"type": "string"}, {"type": "null"}]} if field else None)
    def read(self, obj):
        return getattr(obj, name) or None
    return read


def _credit(read):
    @extend_schema_field({"oneOf": [{"type": "string"}, {"type": "null"}]})
    def method(self, obj):
        return read(obj.credit) if obj.credit else None
    return method


class InitiativeSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    summary = serializers.CharField()
    description = serializers.CharField()
    lead_organisation = OrganisationSerializer()
    partner_organisations = OrganisationSerializer(many=True)
    themes = ThemeRefSerializer(many=True)
    beleidsterrein = serializers.SerializerMethodField()
    tags = serializers.SerializerMethodField()
    status = serializers.ChoiceField(choices=Status.choices)
    technique = serializers.ChoiceField(choices=Technique.choices)
    risk_group = serializers.ChoiceField(choices=RiskGroup.choices)
    transparency_obligation = serializers.ChoiceField(choices=Transparency.choices)
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    website = serializers.SerializerMethodField()
    algoritmeregister_url = serializers.SerializerMethodField()
    source_code_url = serializers.SerializerMethodField()
    contact_name = serializers.SerializerMethodField()
    results = serializers.CharField()
    lessons_learned = serializers.CharField()
    is_good_example = serializers.BooleanField()
    published_at = serializers.DateTimeField(allow_null=True)
    confirmed_at = serializers.DateTimeField(allow_null=True)
    updated_at = serializers.DateTimeField()
    source = serializers.ChoiceField(choices=Source.choices)
    source_id = serializers.SerializerMethodField()
    attribution = serializers.SerializerMethodField()
    licence = serializers.SerializerMethodField()
    source_url = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    get_beleidsterrein = extend_schema_field(
        {"oneOf": [{"enum": list(Beleidsterrein.values)}, {"type": "null"}]})(
        lambda self, obj: obj.beleidsterrein or None)
    get_tags = extend_schema_field({"type": "array", "items": {"type": "string"}})(
        lambda self, obj: sorted(tag.name for tag in obj.tags.all()))
    get_website = _or_none("website")
    get_algoritmeregister_url = _or_none("algoritmeregister_url")
    get_source_code_url = _or_none("source_code_url")
    get_contact_name = _or_none("contact_name")
    get_source_id = _or_none("source_id")
    get_attribution = _credit(lambda credit: str(credit.text))
    get_licence = _credit(lambda credit: credit.licence)
    get_source_url = _credit(lambda credit: credit.source_url)

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, obj):
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class Pages(pagination.PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class InitiativeList(generics.ListAPIView):
    serializer_class = InitiativeSerializer
    pagination_class = Pages
    filter_backends = [DjangoFilterBackend]
    filterset_class = OpenDataFilterSet

    def get_queryset(self):
        return for_export(Initiative.objects.published()).order_by("-updated_at", "pk")


class InitiativeDetail(generics.RetrieveAPIView):
    serializer_class = InitiativeSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return for_export(Initiative.objects.published())


drf_patterns = [
    path("initiatives/", InitiativeList.as_view()),
    path("initiatives/<slug:slug>/", InitiativeDetail.as_view()),
]
# --- end of the DRF version ---

import vraagbaak.urls  # noqa: E402

vraagbaak.urls.urlpatterns.append(path("drf/v1/", include(drf_patterns)))


def seed(count=120):
    from tests.factories import InitiativeFactory, OrganisationFactory, ThemeFactory

    themes = [ThemeFactory(slug=f"thema-{i}") for i in range(5)]
    organisations = [OrganisationFactory(slug=f"org-{i}") for i in range(8)]
    for i in range(count):
        initiative = InitiativeFactory(slug=f"i-{i}", lead_organisation=organisations[i % 8],
                                       themes=[themes[i % 5], themes[(i + 2) % 5]])
        initiative.partner_organisations.add(organisations[(i + 3) % 8])
        initiative.tags.add("woo", f"tag-{i % 7}")
    Initiative.objects.filter(slug="i-0").update(source="pstw", source_id="PSTW-1")
    assert Organisation.objects.count() >= 8


def throughput(client, url, seconds=3.0):
    assert client.get(url).status_code == 200, url
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        client.get(url)
        done += 1
    return done / (time.perf_counter() - start)


def drf_description():
    document = SchemaGenerator(patterns=drf_patterns).get_schema(request=None, public=True)
    document["servers"] = [{"url": "http://localhost/drf/v1"}]
    import json
    return json.loads(json.dumps(document, default=str))


def ninja_description():
    from django.test import RequestFactory

    from initiatives.api import openapi_document
    return openapi_document(RequestFactory().get("/", SERVER_NAME="localhost"))


def fuzz(document, label, examples=150):
    """schemathesis on the list and detail operations: generated valid and invalid requests
    plus the boundary cases the coverage phase sends; the distinct failures found."""
    import schemathesis
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections
    from hypothesis import HealthCheck, given
    from hypothesis import settings as hsettings
    from hypothesis.errors import Unsatisfiable
    from schemathesis import GenerationMode

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    app = WSGIHandler()
    schema = schemathesis.openapi.from_dict(document)
    found = {}
    def runner(operation_path, strategy):
        @given(case=strategy)
        @hsettings(max_examples=examples, deadline=None, database=None,
                   suppress_health_check=list(HealthCheck))
        def run(case):
            try:
                case.call_and_validate(app=app)
            except BaseException as error:  # collect, do not stop: the count is the result
                if isinstance(error, KeyboardInterrupt):
                    raise
                for failure in getattr(error, "exceptions", [error]):
                    title = getattr(failure, "title", type(failure).__name__)
                    found.setdefault(f"{operation_path}: {title}", str(failure)[:300])
        return run

    for operation_path in ("/initiatives/", "/initiatives/{slug}/"):
        operation = schema[operation_path]["GET"]
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            # No invalid value exists for a free-text path parameter.
            with contextlib.suppress(Unsatisfiable):
                runner(operation_path, operation.as_strategy(generation_mode=mode))()
    client = Client()
    base = "/drf/v1" if label == "drf" else "/api/v1"
    probes = {"page_size=101": 400, "page=abc": 400, "page=0": 400, "organisatie=": 200,
              "status=onzin": 400}
    for query, expected in probes.items():
        status = client.get(f"{base}/initiatives/?{query}").status_code
        if status != expected:
            found[f"/initiatives/?{query}"] = f"answered {status}, expected {expected}"
    for method in ("post", "put", "delete"):
        response = getattr(client, method)(f"{base}/initiatives/")
        if response.status_code != 405:
            found[f"{method.upper()} /initiatives/"] = f"answered {response.status_code}"
    responses = document["paths"]["/initiatives/"]["get"]["responses"]
    for status in ("400", "404"):
        if status not in responses:
            found[f"/initiatives/ {status}"] = "not in the description"
    return found


def main():
    from django.db import connection
    from openapi_spec_validator import validate

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    seed()
    client = Client()
    results = {"ninja": {}, "drf": {}}
    # Alternating rounds, the median of three: other load on the machine hits both alike.
    for name, url in (("list page_size=20 req/s", "/initiatives/"),
                      ("list page_size=100 req/s", "/initiatives/?page_size=100"),
                      ("detail req/s", "/initiatives/i-5/")):
        rounds = {"ninja": [], "drf": []}
        for _ in range(3):
            for label, base in (("ninja", "/api/v1"), ("drf", "/drf/v1")):
                rounds[label].append(throughput(client, base + url))
        for label, figures in rounds.items():
            results[label][name] = sorted(figures)[1]
    if os.environ.get("BENCH_SPEED_ONLY"):
        print(results)
        return
    for label, describe in (("ninja", ninja_description), ("drf", drf_description)):
        document = describe()
        try:
            validate(document)
            results[label]["valid OpenAPI"] = "yes"
        except Exception as error:
            results[label]["valid OpenAPI"] = f"no: {str(error)[:200]}"
        failures = fuzz(document, label)
        results[label]["failures"] = len(failures)
        for name, detail in sorted(failures.items()):
            print(f"[{label}] {name}: {detail}".replace("\n", " ")[:400])
    for label, figures in results.items():
        print(label, {k: round(v) if isinstance(v, float) else v for k, v in figures.items()})


if __name__ == "__main__":
    main()
