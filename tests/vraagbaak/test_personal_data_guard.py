"""A post that looks like it holds personal data is not published until its author removes
it or confirms it is none; the page keeps everything typed, and a confirmed post reaches
the moderators' queue flagged as possible personal data."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from vraagbaak.models import Answer, Comment, Flag, FlagReason, Question

BSN_TEXT = "Een burger met BSN 111222333 vroeg inzage in het besluit van het model."


def _ask(client, theme, **extra):
    data = {"title": "Mag een model besluiten over bijstand nemen?", "body": BSN_TEXT,
            "theme": theme.pk, "tags": "", "action": "post", "similar_checked":
            "Mag een model besluiten over bijstand nemen?", **extra}
    return client.post(reverse("vraagbaak:question-ask"), data)


def test_question_with_a_bsn_is_held_with_everything_typed(member_client, theme):
    response = _ask(member_client, theme)
    assert response.status_code == HTTPStatus.OK
    assert not Question.objects.exists()
    page = response.content.decode()
    assert "111222333" in page  # the text comes back in the field
    assert 'name="confirm_no_personal_data"' in page
    assert "BSN" in page
    assert response.context["form"].errors["body"][0]


def test_confirmed_question_is_posted_and_flagged_for_the_moderators(member_client, member, theme):
    response = _ask(member_client, theme, confirm_no_personal_data="on")
    assert response.status_code == HTTPStatus.FOUND
    question = Question.objects.get()
    flag = Flag.objects.get(question=question)
    assert (flag.reason, flag.reporter) == (FlagReason.PERSONAL_DATA, member)
    assert question.is_hidden is False


def test_form_without_personal_data_offers_no_confirmation(member_client, theme):
    response = member_client.get(reverse("vraagbaak:question-ask"))
    assert 'name="confirm_no_personal_data"' not in response.content.decode()
    assert "data-personal-data-check" in response.content.decode()


def test_answer_with_an_iban_is_held(member_client, question):
    url = reverse("vraagbaak:answer-create", args=[question.pk])
    body = "Stort het terug op NL91ABNA0417164300, dan is het geregeld."
    response = member_client.post(url, {"body": body, "action": "post"})
    assert response.status_code == HTTPStatus.OK
    assert not Answer.objects.filter(question=question).exists()
    assert "NL91ABNA0417164300" in response.content.decode()
    response = member_client.post(url, {"body": body, "action": "post",
                                        "confirm_no_personal_data": "on"})
    assert response.status_code == HTTPStatus.FOUND
    assert Flag.objects.filter(answer__question=question, reason=FlagReason.PERSONAL_DATA).exists()


def test_comment_with_a_phone_number_is_held(member_client, question):
    url = reverse("vraagbaak:question-comment", args=[question.pk])
    response = member_client.post(url, {"body": "Bel me op 06-12345678."})
    assert response.status_code == HTTPStatus.OK
    assert not Comment.objects.exists()
    assert "06-12345678" in response.content.decode()


@pytest.mark.parametrize("text", [
    "Mail de aanvrager op p.jansen@gmail.com.",
    "Zij woont op Kerkstraat 12, 3511 LX Utrecht.",
])
def test_edit_with_personal_data_is_held(client, question, text):
    from vraagbaak.services.revisions import latest_revision_id

    client.force_login(question.author)
    url = reverse("vraagbaak:question-edit", args=[question.pk])
    response = client.post(url, {
        "title": question.title, "body": text, "theme": question.theme_id, "tags": "",
        "summary": "aangevuld", "base_revision": latest_revision_id(question=question),
        "action": "save"})
    assert response.status_code == HTTPStatus.OK
    question.refresh_from_db()
    assert text not in question.body


def test_queue_shows_the_possible_personal_data_flag(client, member_client, theme, curator):
    _ask(member_client, theme, confirm_no_personal_data="on")
    client.force_login(curator)
    response = client.get(reverse("vraagbaak:moderation-queue"))
    assert "data-possible-personal-data" in response.content.decode()


def test_profile_bio_with_a_bsn_is_held(member_client, member):
    response = member_client.post(reverse("accounts:profile-edit"), {
        "display_name": "Sanne", "job_title": "adviseur", "bio": "Mijn BSN is 111222333."})
    assert response.status_code == HTTPStatus.OK
    member.refresh_from_db()
    assert "111222333" not in member.bio
