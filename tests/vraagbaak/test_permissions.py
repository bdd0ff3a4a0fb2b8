"""Every action on a post is refused to whoever may not do it, and a refused attempt changes nothing."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from tests.factories import make_member
from vraagbaak.models import Answer, Comment, Question, Vote
from vraagbaak.services.revisions import latest_revision_id

pytestmark = pytest.mark.django_db


def login_redirect(response) -> bool:
    return response.status_code == HTTPStatus.FOUND and "/account/login/" in response["Location"]


def test_visitor_is_sent_to_login_and_back_to_the_ask_form(client):
    response = client.get(reverse("vraagbaak:question-ask"))
    assert login_redirect(response)
    assert "next=/vragen/stellen/" in response["Location"]


def test_visitor_cannot_post_a_question(client, theme):
    response = client.post(reverse("vraagbaak:question-ask"),
                           {"title": "Een vraag van een bezoeker hier", "body": "x", "theme": theme.pk})
    assert login_redirect(response)
    assert not Question.objects.exists()


def test_visitor_cannot_answer_vote_or_comment(client, question, answer):
    posts = [
        (reverse("vraagbaak:answer-create", args=[question.pk]), {"body": "Een antwoord van niemand"}),
        (reverse("vraagbaak:question-vote", args=[question.pk]), {"value": "up"}),
        (reverse("vraagbaak:answer-vote", args=[answer.pk]), {"value": "up"}),
        (reverse("vraagbaak:question-comment", args=[question.pk]), {"body": "Hallo"}),
        (reverse("vraagbaak:answer-accept", args=[answer.pk]), {}),
    ]
    for url, data in posts:
        assert login_redirect(client.post(url, data)), url
    assert Answer.objects.count() == 1
    assert not Vote.objects.exists()
    assert not Comment.objects.exists()


def test_member_cannot_accept_on_someone_elses_question(client, question, answer):
    client.force_login(make_member())
    response = client.post(reverse("vraagbaak:answer-accept", args=[answer.pk]))
    assert response.status_code == HTTPStatus.FORBIDDEN
    question.refresh_from_db()
    assert question.accepted_answer is None


def test_answerer_cannot_accept_their_own_answer(client, question, answer, answerer):
    client.force_login(answerer)
    response = client.post(reverse("vraagbaak:answer-accept", args=[answer.pk]))
    assert response.status_code == HTTPStatus.FORBIDDEN
    question.refresh_from_db()
    assert question.accepted_answer is None


def test_member_cannot_vote_on_their_own_posts(client, question, answer, asker, answerer):
    client.force_login(asker)
    assert client.post(reverse("vraagbaak:question-vote", args=[question.pk]),
                       {"value": "up"}).status_code == HTTPStatus.FORBIDDEN
    client.force_login(answerer)
    assert client.post(reverse("vraagbaak:answer-vote", args=[answer.pk]),
                       {"value": "up"}).status_code == HTTPStatus.FORBIDDEN
    assert not Vote.objects.exists()
    question.refresh_from_db()
    answer.refresh_from_db()
    assert (question.score, answer.score) == (0, 0)


def test_member_cannot_edit_someone_elses_question(client, question, theme):
    client.force_login(make_member())
    url = reverse("vraagbaak:question-edit", args=[question.pk])
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    response = client.post(url, {
        "title": "Overgenomen door een ander lid", "body": "Vandalisme", "theme": theme.pk, "tags": "",
        "summary": "weg ermee", "base_revision": latest_revision_id(question=question),
    })
    assert response.status_code == HTTPStatus.FORBIDDEN
    question.refresh_from_db()
    assert question.body.startswith("Wij krijgen")
    assert question.revisions.count() == 1


def test_member_cannot_edit_someone_elses_answer(client, answer, asker):
    client.force_login(asker)
    url = reverse("vraagbaak:answer-edit", args=[answer.pk])
    response = client.post(url, {"body": "Vandalisme in een antwoord", "summary": "x",
                                 "base_revision": latest_revision_id(answer=answer)})
    assert response.status_code == HTTPStatus.FORBIDDEN
    answer.refresh_from_db()
    assert answer.body.startswith("Ja, mits")


def test_others_do_not_see_a_pending_answer(client, question, settings):
    from vraagbaak.services.answers import answer_create

    settings.ANSWER_REVIEW_THRESHOLD = 1
    newcomer = make_member()
    pending = answer_create(question=question, author=newcomer, body="Mijn eerste antwoord hier")
    assert f'id="antwoord-{pending.pk}"' not in client.get(question.get_absolute_url()).content.decode()
    client.force_login(make_member())
    assert f'id="antwoord-{pending.pk}"' not in client.get(question.get_absolute_url()).content.decode()
    assert client.post(reverse("vraagbaak:answer-vote", args=[pending.pk]),
                       {"value": "up"}).status_code == HTTPStatus.NOT_FOUND
    client.force_login(newcomer)
    assert f'id="antwoord-{pending.pk}"' in client.get(question.get_absolute_url()).content.decode()


def test_others_do_not_see_a_hidden_question(client, question):
    Question.objects.filter(pk=question.pk).update(is_hidden=True)
    client.force_login(make_member())
    assert client.get(question.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    assert question.title not in client.get(reverse("vraagbaak:question-list")).content.decode()
    assert client.get(reverse("vraagbaak:feed-answers", args=[question.pk])).status_code == 404
