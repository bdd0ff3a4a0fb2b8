"""Accepting and withdrawing an acceptance are two explicit actions of the asker, each safe to
repeat: a double click on "accept" keeps the answer accepted, and "withdraw" from a stale page
never withdraws a newer choice. No one but the asker may do either."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.notifications.kinds import NotificationKind
from accounts.notifications.models import Notification
from tests.factories import make_member
from vraagbaak.models import QuestionState
from vraagbaak.services.answers import answer_accept, answer_create

pytestmark = pytest.mark.django_db


def accept(client, answer):
    return client.post(reverse("vraagbaak:answer-accept", args=[answer.pk]))


def unaccept(client, answer):
    return client.post(reverse("vraagbaak:answer-unaccept", args=[answer.pk]))


def accepted_of(question):
    question.refresh_from_db()
    return question.accepted_answer


def test_accepting_twice_keeps_the_answer_accepted_and_tells_once(client, question, answer, asker):
    client.force_login(asker)
    assert accept(client, answer).status_code == HTTPStatus.FOUND
    assert accept(client, answer).status_code == HTTPStatus.FOUND
    assert accepted_of(question) == answer
    assert question.state == QuestionState.RESOLVED
    assert Notification.objects.filter(kind=NotificationKind.ANSWER_ACCEPTED).count() == 1


def test_withdrawing_the_acceptance_withdraws_it_and_repeating_changes_nothing(
    client, question, answer, asker
):
    answer_accept(answer=answer, accepted_by=asker)
    client.force_login(asker)
    assert unaccept(client, answer).status_code == HTTPStatus.FOUND
    assert accepted_of(question) is None
    assert question.state == QuestionState.ANSWERED
    assert unaccept(client, answer).status_code == HTTPStatus.FOUND
    assert accepted_of(question) is None


def test_withdrawing_from_a_stale_page_leaves_the_newer_choice(client, question, answer, asker):
    newer = answer_create(question=question, author=make_member(), body="Een beter antwoord hier.")
    answer_accept(answer=newer, accepted_by=asker)
    client.force_login(asker)
    unaccept(client, answer)  # the page still showed `answer` as the accepted one
    assert accepted_of(question) == newer


@pytest.mark.parametrize("who", ["other_member", "answerer"])
@pytest.mark.parametrize("accepted", [False, True])
def test_only_the_asker_may_accept_or_withdraw(request, client, question, answer, asker, who,
                                               accepted):
    if accepted:
        answer_accept(answer=answer, accepted_by=asker)
    client.force_login(request.getfixturevalue(who))
    assert accept(client, answer).status_code == HTTPStatus.FORBIDDEN
    assert unaccept(client, answer).status_code == HTTPStatus.FORBIDDEN
    assert accepted_of(question) == (answer if accepted else None)


def test_question_page_offers_accept_or_withdraw_as_it_stands(client, question, answer, asker):
    other = answer_create(question=question, author=make_member(), body="Nog een antwoord hier.")
    answer_accept(answer=answer, accepted_by=asker)
    client.force_login(asker)
    html = client.get(question.get_absolute_url()).content.decode()
    accept_url = reverse("vraagbaak:answer-accept", args=[other.pk])
    unaccept_url = reverse("vraagbaak:answer-unaccept", args=[answer.pk])
    assert f'action="{accept_url}"' in html
    assert f'action="{unaccept_url}"' in html
    assert f'action="{reverse("vraagbaak:answer-accept", args=[answer.pk])}"' not in html
    assert f'action="{reverse("vraagbaak:answer-unaccept", args=[other.pk])}"' not in html
    assert html.count("data-accept ") + html.count("data-accept>") == 1
    assert html.count("data-unaccept") == 1
