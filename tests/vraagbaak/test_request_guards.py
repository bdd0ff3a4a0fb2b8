"""Bad input is a clear message, never a 500: a NUL byte in the address gives a 400 page in the
site's layout and language (JSON for the API); a NUL typed into a form field is a form error
that keeps what was typed; the duplicate picker takes only plain digits as a question number."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from tests.factories import QuestionFactory, ThemeFactory

NUL_ADDRESSES = [
    "/zoeken/?q=a%00b",
    "/vragen/vergelijkbaar/?title=een%00lange%20titel",
    "/initiatieven/?q=a%00b",
    "/initiatieven/?thema=a%00b",
    "/initiatieven/suggesties/?q=a%00b",
    "/vragen/?thema=a%00b",
    "/organisaties/?q=a%00b",
    "/zoeken/?a%00b=1",
]


@pytest.mark.django_db
@pytest.mark.parametrize("address", NUL_ADDRESSES)
def test_nul_byte_in_the_address_gives_a_clear_400_page(client, address):
    response = client.get(address)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert [t.name for t in response.templates][:2] == ["400.html", "base.html"]
    page = response.content.decode()
    # Dutch unless the visitor chose otherwise, like every other page.
    assert response["Content-Language"] == "nl"
    assert 'lang="nl"' in page


@pytest.mark.django_db
def test_nul_byte_in_an_api_address_gives_a_json_400(client):
    response = client.get("/api/v1/initiatives/?q=a%00b")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert response["Content-Type"].startswith("application/json")
    assert "error" in response.json()


@pytest.mark.django_db
def test_nul_byte_in_moderation_filters_gives_400(client, curator):
    client.force_login(curator)
    for address in ("/moderatie/?thema=a%00b", "/moderatie/logboek/?thema=a%00b&actie=x"):
        assert client.get(address).status_code == HTTPStatus.BAD_REQUEST


@pytest.mark.django_db
def test_nul_byte_in_admin_search_gives_400(client, curator):
    client.force_login(curator)
    response = client.get("/beheer/vraagbaak/question/?q=a%00b")
    assert response.status_code == HTTPStatus.BAD_REQUEST


@pytest.mark.django_db
def test_plain_addresses_pass_the_guard(client):
    assert client.get("/zoeken/?q=taalmodel&page=2").status_code == HTTPStatus.OK
    assert client.get("/initiatieven/?q=%25_%5C").status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_nul_byte_in_a_form_field_is_a_form_error_that_keeps_the_input(member_client):
    theme = ThemeFactory()
    data = {
        "title": "Mag een taalmodel\x00 Woo-verzoeken samenvatten?",
        "body": "Een uitleg die de gebruiker net heeft getypt.",
        "theme": f"{theme.pk}\x00", "tags": "woo\x00", "initiatives": ["a\x00b"],
    }
    response = member_client.post(reverse("vraagbaak:question-ask"), data)
    assert response.status_code == HTTPStatus.OK
    form = response.context["form"]
    assert {"title", "theme", "tags", "initiatives"} <= set(form.errors)
    assert "Een uitleg die de gebruiker net heeft getypt." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["²", "٣", "1²", "99999999999999999999999"])
def test_duplicate_picker_does_not_take_unicode_digits_for_a_number(client, curator, query):
    question = QuestionFactory()
    client.force_login(curator)
    url = reverse("vraagbaak:moderation-step", args=["vraag", question.pk, "sluiten"])
    response = client.get(url, {"q": query})
    assert response.status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_duplicate_picker_finds_a_question_by_its_number(client, curator):
    question, original = QuestionFactory(), QuestionFactory()
    client.force_login(curator)
    url = reverse("vraagbaak:moderation-step", args=["vraag", question.pk, "sluiten"])
    response = client.get(url, {"q": str(original.pk)})
    assert [pk for pk, _ in response.context["form"].fields["original"].choices][1:] == [original.pk]


@pytest.mark.django_db
def test_posted_unicode_digit_as_original_is_a_form_error(client, curator):
    question = QuestionFactory()
    client.force_login(curator)
    url = reverse("vraagbaak:moderation-step", args=["vraag", question.pk, "sluiten"])
    response = client.post(url, {"reason": "duplicate", "original": "²", "confirmed": "1"})
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].has_error("original")
    question.refresh_from_db()
    assert question.close_reason == ""


def _nul_forms(question, answer, member):
    """(address, form class) for every form people post, with a NUL in each of its fields."""
    from accounts.forms import AccessRequestForm, ProfileForm
    from initiatives.forms import InitiativeForm
    from vraagbaak.forms import AnswerForm, CommentForm, QuestionAskForm, QuestionEditForm
    from vraagbaak.moderation.forms import CloseForm, FlagForm

    return [
        (reverse("vraagbaak:question-ask"), QuestionAskForm),
        (reverse("vraagbaak:question-edit", args=[question.pk]), QuestionEditForm),
        (reverse("vraagbaak:answer-create", args=[question.pk]), AnswerForm),
        (reverse("vraagbaak:question-comment", args=[question.pk]), CommentForm),
        (reverse("vraagbaak:flag", args=["antwoord", answer.pk]), FlagForm),
        (reverse("vraagbaak:moderation-step", args=["vraag", question.pk, "sluiten"]), CloseForm),
        (reverse("initiatives:initiative-propose"), InitiativeForm),
        (reverse("accounts:profile-edit"), ProfileForm),
        (reverse("accounts:access-request"), AccessRequestForm),
    ]


@pytest.mark.django_db
def test_nul_byte_in_any_posted_field_never_gives_a_server_error(client, curator):
    from tests.factories import AnswerFactory

    question = QuestionFactory(author=curator)
    answer = AnswerFactory(question=question)
    client.force_login(curator)
    failures = []
    for address, form_class in _nul_forms(question, answer, curator):
        data = dict.fromkeys(form_class.base_fields, "a\x00b")
        response = client.post(address, {**data, "confirmed": "1"})
        if response.status_code >= 500:
            failures.append((address, response.status_code))
    assert failures == []


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["geen slug!", "x" * 3000, "²"])
def test_ask_page_looks_up_only_a_well_formed_initiative_slug(member_client, value):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = member_client.get(reverse("vraagbaak:question-ask"), {"initiatief": value})
    assert response.status_code == HTTPStatus.OK
    assert not any(value in query["sql"] for query in queries.captured_queries)


@pytest.mark.django_db
def test_ask_page_prefills_a_published_initiative(member_client):
    from tests.factories import InitiativeFactory

    initiative = InitiativeFactory(slug="vertaalhulp")
    response = member_client.get(reverse("vraagbaak:question-ask"), {"initiatief": "vertaalhulp"})
    assert response.context["form"]["initiatives"].initial == [initiative]
