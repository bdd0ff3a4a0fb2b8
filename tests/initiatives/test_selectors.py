"""Pieces other parts plug in: search over published initiatives (PostgreSQL full text with
highlighted snippets, simple matching on SQLite), suggestions as you type, and the question
form's "related initiatives" field (published only, at most five)."""

from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.template import Context, Template
from django.urls import reverse

from initiatives.forms import RelatedInitiativesField
from initiatives.selectors import search_initiatives
from initiatives.services import initiative_index
from tests.factories import InitiativeFactory


@pytest.mark.django_db
def test_search_returns_published_only(registry):
    for initiative in registry.values():
        initiative_index(initiative=initiative)
    titles = {initiative.title for initiative in search_initiatives("chatbot")}
    assert "Chatbot burgerzaken" in titles
    assert "Geheime chatbot" not in titles
    assert list(search_initiatives("   ")) == []


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_search_ranks_title_first_and_highlights(registry):
    assert connection.vendor == "postgresql"
    target = InitiativeFactory(slug="vertalen", title="Vertalen aan de balie",
                               summary="Spraak vertalen voor <b>inwoners</b>.")
    other = InitiativeFactory(slug="ander", title="Iets anders",
                              summary="Ook hier wordt soms over vertalen gesproken.")
    for initiative in (target, other):
        initiative_index(initiative=initiative)
    results = list(search_initiatives("vertalen"))
    assert [initiative.slug for initiative in results[:2]] == ["vertalen", "ander"]
    html = Template("{% load registry %}{{ i.headline|highlight }}").render(Context({"i": results[0]}))
    assert "<mark>vertalen</mark>" in html
    assert "&lt;b&gt;inwoners&lt;/b&gt;" in html  # user text stays text


@pytest.mark.django_db
def test_suggestions_endpoint_returns_published_matches(client, registry):
    response = client.get(reverse("initiatives:initiative-suggestions"), {"q": "chatbot"})
    assert response.status_code == HTTPStatus.OK
    assert [item["slug"] for item in response.json()["results"]] == ["a"]


@pytest.mark.django_db
def test_related_initiatives_field_accepts_published_up_to_five(registry, themes):
    field = RelatedInitiativesField()
    assert list(field.clean(["a", "b"])) == [registry["a"], registry["b"]]
    with pytest.raises(ValidationError) as error:
        field.clean(["hidden"])
    assert error.value.code == "invalid_choice"
    for n in range(4):
        InitiativeFactory(slug=f"extra-{n}")
    with pytest.raises(ValidationError) as error:
        field.clean(["a", "b", "c", "d", "e", "extra-0"])
    assert error.value.code == "too_many"
    assert field.widget.attrs["data-initiative-suggest"] == reverse("initiatives:initiative-suggestions")


@pytest.mark.django_db
def test_featured_initiatives_are_published_good_examples(registry):
    from initiatives.selectors import featured_initiatives

    registry["hidden"].is_good_example = True
    registry["hidden"].save()
    assert [initiative.slug for initiative in featured_initiatives()] == ["a"]
