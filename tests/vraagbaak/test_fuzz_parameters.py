"""Bad input is a clear message, never a 500: every GET parameter of every page (public,
member, moderation and the admin's changelists) answers hostile values (NUL, very long text,
Unicode digits, huge and negative numbers, wildcards, lone surrogates, arrays, repeats, empty)
with a status below 500, for visitors, members, experts and curators alike.

The pages come from the URL patterns themselves, so a new page fails
test_every_page_is_fuzzed until it is given sample arguments here; the parameters are listed
once, in PARAMETERS, and test_every_parameter_a_view_reads_is_fuzzed greps the source, so a
view that starts reading a new parameter fails until it is listed.
"""

import re
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote

import pytest
from django.contrib import admin
from django.http import StreamingHttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts import roles
from accounts.forms import OrganisationFilterForm
from accounts.models import AccessRequest, OrganisationAlias
from accounts.notifications.tokens import unsubscribe_token
from initiatives.filters import InitiativeFilterSet
from initiatives.provenance import ImportConflict
from tests.factories import (
    AnswerFactory,
    CommentFactory,
    FlagFactory,
    InitiativeFactory,
    OrganisationFactory,
    QuestionFactory,
    ThemeFactory,
    make_member,
    make_role,
)
from vraagbaak.forms import QuestionFilterForm
from vraagbaak.models import AnswerState

ROOT = Path(__file__).resolve().parents[2]

# NUL-free values: in one request with a NUL, every other value would meet only the 400 page.
HOSTILE = [
    "x" * 5000, "²", "٣", "-1", "99999999999999999999999", "1e309", "%", "\\", "%_%",
    "' OR '1'='1 --", "", "\t\n", "null", "😀", "\udc80", "<script>alert(1)</script>",
]
NUL = ["\x00", "a\x00b"]
# The admin's changelists are heavier: a smaller table, the values most likely to reach SQL.
ADMIN_HOSTILE = ["a\x00b", "²", "%_%", "\\", "\udc80", "x" * 2000]
ADMIN_FILTER_HOSTILE = ["²", "99999999999999999999999", "\udc80"]

QUESTION_FILTERS = list(QuestionFilterForm.base_fields)
REGISTRY_FILTERS = list(InitiativeFilterSet.base_filters)
# The parameters each page reads, by URL name; every other page reads none of its own.
PARAMETERS = {
    "vraagbaak:question-list": ["page", *QUESTION_FILTERS, *QuestionFilterForm.OLD_NAMES],
    "vraagbaak:search": ["q", "page", *QUESTION_FILTERS, *QuestionFilterForm.OLD_NAMES],
    "vraagbaak:question-similar": ["title"],
    "vraagbaak:question-ask": ["initiatief", "titel"],
    "vraagbaak:moderation-queue": ["bereik", "thema", "soort"],
    "vraagbaak:moderation-log": ["actie", "thema", "page"],
    "vraagbaak:moderation-step": ["q", "next"],
    "vraagbaak:flag": ["next"],
    "notifications:notification-list": ["page"],
    "accounts:organisation-list": ["page", *OrganisationFilterForm.base_fields],
    "initiatives:initiative-list": ["page", "alle_organisaties", *REGISTRY_FILTERS],
    "initiatives:initiative-suggestions": ["q"],
    "initiatives:initiative-export-csv": REGISTRY_FILTERS,
    "initiatives:initiative-export-json": REGISTRY_FILTERS,
    "initiatives:api-initiative-list": ["page", "page_size", *REGISTRY_FILTERS],
    "initiatives:api-organisation-list": ["page", "page_size"],
    "initiatives:api-theme-list": ["page", "page_size"],
}
# Parameters also fuzzed alone: the API refuses a request with any invalid filter before it
# reads the page, so in a combined request these would rarely be reached.
ALONE = {"initiatives:api-initiative-list": ["page", "page_size"]}
# A page that reads no parameter still gets unknown ones, of every shape.
UNKNOWN = [("page", "²"), ("next", "\udc80"), ("q[]", "1"), ("q[]", "2"), ("x", "9" * 30), ("y", None)]
# Classes that views bind to request.GET: their fields are parameters too.
BOUND_TO_GET = {"QuestionFilterForm": QUESTION_FILTERS, "SearchFilterForm": QUESTION_FILTERS,
                "InitiativeFilterSet": REGISTRY_FILTERS,
                "OrganisationFilterForm": list(OrganisationFilterForm.base_fields)}
# Paths outside our code: allauth's account pages and the admin (fuzzed on its own below).
FOREIGN_PREFIXES = ("account/", "beheer/")


def _named_patterns(patterns=None, prefix="", namespace=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            route = prefix + str(pattern.pattern)
            inner = ":".join(filter(None, [namespace, pattern.namespace]))
            if not route.startswith(FOREIGN_PREFIXES):
                yield from _named_patterns(pattern.url_patterns, route, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield ":".join(filter(None, [namespace, pattern.name]))


def _sample_arguments(s):
    """URL name -> the argument sets to fuzz it with, from the sample objects `s`."""
    question, answer, comment = s["question"], s["answer"], s["comment"]
    return {
        "vraagbaak:question-detail": [{"pk": question.pk, "slug": question.slug}],
        **{name: [{"pk": question.pk}] for name in (
            "vraagbaak:question-detail-noslug", "vraagbaak:question-edit",
            "vraagbaak:question-revisions", "vraagbaak:answer-create", "vraagbaak:question-vote",
            "vraagbaak:question-comment", "vraagbaak:feed-answers", "vraagbaak:question-follow")},
        **{name: [{"pk": answer.pk}] for name in (
            "vraagbaak:answer-edit", "vraagbaak:answer-revisions", "vraagbaak:answer-accept",
            "vraagbaak:answer-unaccept",
            "vraagbaak:answer-vote", "vraagbaak:answer-comment")},
        "vraagbaak:question-link-initiative": [
            {"pk": question.pk, "slug": s["initiative"].slug}],
        "vraagbaak:feed-theme": [{"slug": s["theme"].slug}],
        "vraagbaak:theme-follow": [{"slug": s["theme"].slug}],
        "vraagbaak:feed-tag": [{"slug": "woo"}],
        "vraagbaak:expert-manage": [{"user_pk": s["member"].pk}],
        "vraagbaak:moderation-step": [
            {"kind": "vraag", "pk": question.pk, "action": "sluiten"},
            {"kind": "antwoord", "pk": s["pending"].pk, "action": "goedkeuren"},
            {"kind": "reactie", "pk": comment.pk, "action": "verbergen"},
        ],
        "vraagbaak:flag": [{"kind": "vraag", "pk": question.pk}, {"kind": "antwoord", "pk": answer.pk}],
        **{name: [{"kind": "vraag", "pk": question.pk}, {"kind": "antwoord", "pk": answer.pk},
                  {"kind": "reactie", "pk": comment.pk}]
           for name in ("vraagbaak:post-redact", "vraagbaak:post-delete")},
        "notifications:unsubscribe": [{"token": unsubscribe_token(user_id=s["member"].pk, kind=None)}],
        "accounts:organisation-detail": [{"slug": s["organisation"].slug}],
        "accounts:profile": [{"pk": s["member"].pk}],
        "initiatives:theme-detail": [{"slug": s["theme"].slug}],
        "initiatives:initiative-detail": [{"slug": s["initiative"].slug}],
        "initiatives:initiative-edit": [{"slug": s["initiative"].slug}],
        "initiatives:initiative-confirm": [{"slug": s["initiative"].slug}],
        "initiatives:curation-review": [{"slug": s["proposal"].slug}],
        "initiatives:api-initiative-detail": [{"slug": s["initiative"].slug}],
        "initiatives:theme-guide-edit": [{"slug": s["theme"].slug}],
        "vraagbaak:theme-pins": [{"slug": s["theme"].slug}],
        **{name: [{"slug": s["proposal"].slug}] for name in (
            "initiatives:themes-confirm", "initiatives:good-example-toggle", "initiatives:archive")},
        "initiatives:conflict-resolve": [{"pk": s["conflict"].pk}],
        "accounts:organisation-curate": [{"slug": s["organisation"].slug}],
        "accounts:organisation-alias-remove": [{"pk": s["alias"].pk}],
        "accounts:access-request-decide": [{"pk": s["access_request"].pk}],
    }


@pytest.fixture
def samples(db):
    theme = ThemeFactory(slug="privacy")
    organisation = OrganisationFactory(slug="gemeente-utrecht")
    member = make_member(organisation=organisation)
    expert = make_role(roles.EXPERT)
    theme.experts.add(expert)
    question = QuestionFactory(theme=theme, author=member)
    question.tags.add("woo")
    answer = AnswerFactory(question=question, author=expert)
    pending = AnswerFactory(question=question, state=AnswerState.PENDING)
    comment = CommentFactory(question=question)
    FlagFactory(question=question, theme=theme)
    initiative = InitiativeFactory(lead_organisation=organisation, themes=[theme], submitted_by=member)
    proposal = InitiativeFactory(publication_state="submitted", submitted_by=member)
    return {
        "theme": theme, "organisation": organisation, "member": member, "expert": expert,
        "curator": make_role(roles.CURATOR), "question": question, "answer": answer,
        "pending": pending, "comment": comment, "initiative": initiative, "proposal": proposal,
        "alias": OrganisationAlias.objects.create(organisation=organisation, name="Utrecht (stad)"),
        "conflict": ImportConflict.objects.create(initiative=initiative, field="title",
                                                  source_value="Bron", person_value="Hier"),
        "access_request": AccessRequest.objects.create(
            email="a@b.example", name="A", organisation_name="B", motivation="C"),
    }


def _query(pairs) -> str:
    """A query string as a browser or a script may send it; lone surrogates as their bytes."""
    def part(text):
        return quote(text, safe="[]", errors="surrogatepass")
    return "&".join(part(key) if value is None else f"{part(key)}={part(value)}"
                    for key, value in pairs)


def _queries(parameters: list[str]):
    """Every parameter gets every value, all parameters in each request (a Latin square:
    request j gives parameter i value j+i); then a NUL in each, and arrays, repeats and bare
    names of all."""
    for j in range(len(HOSTILE)):
        yield _query([(name, HOSTILE[(j + i) % len(HOSTILE)]) for i, name in enumerate(parameters)])
    for value in NUL:
        yield _query([(name, value) for name in parameters])
    yield _query([(f"{name}[]", value) for name in parameters for value in ("1", "2")])
    yield _query([(name, value) for name in parameters for value in ("1", "-1", "²")])
    yield _query([(name, None) for name in parameters])


def _failures(client, addresses):
    failures = []
    for address in addresses:
        try:
            response = client.get(address)
            if isinstance(response, StreamingHttpResponse):
                b"".join(response.streaming_content)
        except Exception as error:  # the sweep reports every failure, not only the first
            failures.append(f"{address[:160]}: {type(error).__name__}: {str(error)[:160]}")
            continue
        if response.status_code >= 500:
            failures.append(f"{address[:160]}: {response.status_code}")
    return failures


def _addresses(samples, *, signed_in: bool):
    """The fuzzed addresses. A signed-in role sweeps the parameters of the pages a visitor
    cannot open (the visitor sweeps the public ones: their parameters reach the same code)."""
    arguments = _sample_arguments(samples)
    visitor = Client()
    for name in _named_patterns():
        for kwargs in arguments.get(name, [{}]):
            path = reverse(name, kwargs=kwargs)
            yield f"{path}?{_query(UNKNOWN)}"
            if name not in PARAMETERS or (signed_in and _is_public(visitor, path)):
                continue
            yield from (f"{path}?{query}" for query in _queries(PARAMETERS[name]))
            for parameter in ALONE.get(name, []):
                yield from (f"{path}?{_query([(parameter, value)])}" for value in HOSTILE)


def _is_public(visitor, path) -> bool:
    return visitor.get(path).status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_signed_in_roles_sweep_the_pages_only_they_open(samples):
    addresses = list(_addresses(samples, signed_in=True))
    assert any(address.startswith("/moderatie/?") for address in addresses)
    assert not any(address.startswith("/zoeken/?q=") for address in addresses)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["visitor", "member", "expert", "curator"])
def test_no_hostile_parameter_gives_a_server_error(client, samples, role):
    if role != "visitor":
        client.force_login(samples[role])
    assert _failures(client, _addresses(samples, signed_in=role != "visitor")) == []


@pytest.mark.django_db
def test_no_hostile_admin_filter_gives_a_server_error(client, samples):
    curator = make_role(roles.CURATOR, is_superuser=True)
    client.force_login(curator)
    addresses = []
    for model in admin.site._registry:
        path = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        changelist = client.get(path).context["cl"]
        filters = ["o", "p", *(name for spec in changelist.filter_specs
                                for name in spec.expected_parameters())]
        # The search box with the whole table, all filters at once with values that reach SQL.
        addresses += [f"{path}?{_query([('q', value)])}" for value in ADMIN_HOSTILE]
        addresses += [f"{path}?{_query([(name, value) for name in filters])}"
                      for value in ADMIN_FILTER_HOSTILE]
    assert _failures(client, addresses) == []


def test_every_page_is_fuzzed():
    """A page with URL arguments needs sample arguments, or it is never requested."""
    arguments = _sample_arguments(dict.fromkeys(
        ["theme", "organisation", "member", "question", "answer", "pending", "comment",
         "initiative", "proposal", "conflict", "alias", "access_request"], _Anything()))
    missing = []
    for name in _named_patterns():
        for kwargs in arguments.get(name, [{}]):
            try:
                reverse(name, kwargs=kwargs)
            except Exception:
                missing.append(name)
    assert missing == []


class _Anything:
    """A stand-in sample object: any attribute is a value every converter accepts."""

    def __getattr__(self, name):
        return 1 if name == "pk" else "a"


# `request.GET.get("x")`, `GET.getlist("x")`, `GET["x"]`, and classes bound to request.GET.
READ_PARAMETER = re.compile(r"""\.GET(?:\.get(?:list)?\(|\[)\s*["']([^"']+)["']""")
BOUND_CLASS = re.compile(r"\b([A-Z]\w+)\((?:self\.)?request\.GET\b")


def _source_files():
    for app in ("accounts", "initiatives", "vraagbaak"):
        yield from (path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts)


def test_every_parameter_a_view_reads_is_fuzzed():
    fuzzed = {name for names in PARAMETERS.values() for name in names}
    read, bound = set(), set()
    for path in _source_files():
        source = path.read_text()
        read |= set(READ_PARAMETER.findall(source))
        bound |= set(BOUND_CLASS.findall(source))
    assert read, "the pattern no longer finds request.GET reads"
    assert read - fuzzed == set()
    assert bound - set(BOUND_TO_GET) == set()
    for names in BOUND_TO_GET.values():
        assert set(names) <= fuzzed
