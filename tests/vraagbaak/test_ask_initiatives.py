"""The ask form links a question to at most five published initiatives (the registry's
RelatedInitiativesField): a sixth is refused on that field, and what was typed stays."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import translation

from initiatives.forms import MAX_RELATED_INITIATIVES
from tests.factories import InitiativeFactory
from vraagbaak.forms import QuestionAskForm
from vraagbaak.models import Question

pytestmark = pytest.mark.django_db

ASK = reverse("vraagbaak:question-ask")
TITLE = "Welke initiatieven werken al met spraakherkenning?"
BODY = "Wij zoeken *ervaringen* van andere gemeenten."


def ask_data(theme, initiatives):
    return {"title": TITLE, "body": BODY, "theme": theme.pk, "tags": "spraak",
            "initiatives": [initiative.slug for initiative in initiatives], "action": "post"}


def test_six_initiatives_are_an_error_on_the_field_that_keeps_what_was_typed(member_client, theme):
    six = InitiativeFactory.create_batch(MAX_RELATED_INITIATIVES + 1)
    response = member_client.post(ASK, ask_data(theme, six))
    assert response.status_code == HTTPStatus.OK
    assert not Question.objects.exists()
    form = response.context["form"]
    assert [error.code for error in form.errors.as_data()["initiatives"]] == ["too_many"]
    assert set(form.errors) == {"initiatives"}
    html = response.content.decode()
    assert 'id="id_initiatives_error"' in html
    assert str(form.errors["initiatives"][0]) in html
    assert TITLE in html and BODY in html
    for initiative in six:
        assert f'<option value="{initiative.slug}" selected>' in html


def test_five_initiatives_are_linked(member_client, theme):
    five = InitiativeFactory.create_batch(MAX_RELATED_INITIATIVES)
    response = member_client.post(ASK, ask_data(theme, five))
    assert response.status_code == HTTPStatus.FOUND
    assert set(Question.objects.get().initiatives.all()) == set(five)


def test_ask_page_offers_suggestions_from_the_registry(member_client):
    html = member_client.get(ASK).content.decode()
    assert f'data-initiative-suggest="{reverse("initiatives:initiative-suggestions")}"' in html
    assert 'js/combobox.js" defer' in html


def test_help_text_is_in_the_readers_language():
    field = QuestionAskForm().fields["initiatives"]
    with translation.override("en"):
        english = str(field.help_text)
    with translation.override("nl"):
        dutch = str(field.help_text)
    assert "at most 5" in english
    assert dutch != english
