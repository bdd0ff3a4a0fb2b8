"""A closed question takes no new answers (as on Stack Overflow): the page shows no answer form
and says why, a posted answer is refused with a clear message and keeps what was typed.
Comments and votes go on, and the asker may still accept: closing ends answering, not the
conversation about what is there. Reopening lets answers in again."""

from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts import roles
from tests.factories import QuestionFactory, make_member, make_role
from vraagbaak.models import Answer, CloseReason, Comment
from vraagbaak.moderation.services import question_close, question_reopen
from vraagbaak.services.answers import answer_create

pytestmark = pytest.mark.django_db

CLOSED_NOTICE = "data-answers-closed"


@pytest.fixture
def curator(db):
    return make_role(roles.CURATOR)


@pytest.fixture
def closed_question(question, curator):
    return question_close(question=question, by=curator, reason=CloseReason.UNCLEAR)


def answer_form_on(html: str, question) -> bool:
    return f'action="{reverse("vraagbaak:answer-create", args=[question.pk])}"' in html


def test_open_question_page_shows_the_answer_form(member_client, question):
    html = member_client.get(question.get_absolute_url()).content.decode()
    assert answer_form_on(html, question)
    assert CLOSED_NOTICE not in html


def test_closed_question_page_shows_no_answer_form_but_says_why(member_client, closed_question):
    html = member_client.get(closed_question.get_absolute_url()).content.decode()
    assert not answer_form_on(html, closed_question)
    assert CLOSED_NOTICE in html


def test_closed_duplicate_shows_no_answer_form(member_client, question, curator, theme):
    original = QuestionFactory(theme=theme)
    question_close(question=question, by=curator, reason=CloseReason.DUPLICATE, duplicate_of=original)
    html = member_client.get(question.get_absolute_url()).content.decode()
    assert not answer_form_on(html, question)
    assert CLOSED_NOTICE in html


def test_answer_to_a_closed_question_is_refused_with_a_message_and_keeps_the_text(
    member_client, closed_question
):
    typed = "Mijn antwoord dat ik net had geschreven"
    response = member_client.post(reverse("vraagbaak:answer-create", args=[closed_question.pk]),
                                  {"body": typed, "action": "post"})
    assert response.status_code == HTTPStatus.CONFLICT
    html = response.content.decode()
    assert CLOSED_NOTICE in html
    assert typed in html
    assert not answer_form_on(html, closed_question)
    assert not Answer.objects.filter(question=closed_question).exists()


def test_service_refuses_an_answer_to_a_closed_question(closed_question):
    with pytest.raises(ValidationError) as error:
        answer_create(question=closed_question, author=make_member(), body="Toch een antwoord")
    assert error.value.code == "question_closed"
    assert not Answer.objects.filter(question=closed_question).exists()


def test_comments_and_votes_go_on_on_a_closed_question(member_client, closed_question):
    vote = member_client.post(reverse("vraagbaak:question-vote", args=[closed_question.pk]),
                              {"value": "up"})
    comment = member_client.post(reverse("vraagbaak:question-comment", args=[closed_question.pk]),
                                 {"body": "Kun je de vraag verduidelijken?"})
    assert (vote.status_code, comment.status_code) == (HTTPStatus.FOUND, HTTPStatus.FOUND)
    closed_question.refresh_from_db()
    assert closed_question.score == 1
    assert Comment.objects.filter(question=closed_question).exists()


def test_reopened_question_takes_answers_again(member_client, closed_question, curator):
    question_reopen(question=closed_question, by=curator)
    response = member_client.post(reverse("vraagbaak:answer-create", args=[closed_question.pk]),
                                  {"body": "Nu mag het wel, een antwoord", "action": "post"})
    assert response.status_code == HTTPStatus.FOUND
    assert Answer.objects.filter(question=closed_question).count() == 1
    assert answer_form_on(member_client.get(closed_question.get_absolute_url()).content.decode(),
                          closed_question)
