"""A create form carries a one-time token: a second submit of it, or the same title (or text)
by the same author within 10 minutes, leads to the first post with a message, never to a
second copy. Questions, answers, comments and initiative proposals alike."""

from datetime import timedelta
from http import HTTPStatus

from django.urls import reverse
from django.utils import timezone

from vraagbaak.models import Answer, Comment, Question

TITLE = "Hoe leggen we besluiten van een taalmodel uit aan burgers?"


def _ask(client, theme, once="abc123", title=TITLE):
    return client.post(reverse("vraagbaak:question-ask"), {
        "title": title, "body": "Wij willen uitleg geven over elke beslissing.", "theme": theme.pk,
        "tags": "", "action": "post", "similar_checked": title, "form_token": once})


def test_the_ask_form_carries_a_fresh_token_each_time(member_client):
    first = member_client.get(reverse("vraagbaak:question-ask")).context["form"]["form_token"].value()
    second = member_client.get(reverse("vraagbaak:question-ask")).context["form"]["form_token"].value()
    assert first and second and first != second


def test_posting_twice_with_one_token_makes_one_question(member_client, theme):
    first = _ask(member_client, theme)
    second = _ask(member_client, theme)
    assert Question.objects.count() == 1
    question = Question.objects.get()
    assert first.status_code == second.status_code == HTTPStatus.FOUND
    assert second.url == first.url == question.get_absolute_url()
    messages = [str(m) for m in second.wsgi_request._messages]
    assert any("first" in m or "eerste" in m for m in messages)


def test_same_title_within_ten_minutes_makes_one_question(member_client, theme):
    _ask(member_client, theme, once="one")
    response = _ask(member_client, theme, once="two")
    assert Question.objects.count() == 1
    assert response.url == Question.objects.get().get_absolute_url()


def test_same_title_after_ten_minutes_is_a_new_question(member_client, theme):
    _ask(member_client, theme, once="one")
    Question.objects.update(created_at=timezone.now() - timedelta(minutes=11))
    _ask(member_client, theme, once="two")
    assert Question.objects.count() == 2


def test_another_member_with_the_same_title_is_not_stopped(client, member_client, theme,
                                                           other_member):
    _ask(member_client, theme, once="one")
    client.force_login(other_member)
    _ask(client, theme, once="one")
    assert Question.objects.count() == 2


def test_a_refused_form_does_not_use_up_its_token(member_client, theme):
    response = _ask(member_client, theme, title="te kort")
    assert response.status_code == HTTPStatus.OK
    _ask(member_client, theme)
    assert Question.objects.count() == 1


def test_answering_twice_makes_one_answer(member_client, question):
    url = reverse("vraagbaak:answer-create", args=[question.pk])
    data = {"body": "Leg het uit in gewone taal, met de belangrijkste factoren.",
            "action": "post", "form_token": "t1"}
    member_client.post(url, data)
    member_client.post(url, data)
    member_client.post(url, {**data, "form_token": "t2"})  # same text, another tab
    assert Answer.objects.filter(question=question).count() == 1


def test_commenting_twice_makes_one_comment(member_client, question):
    url = reverse("vraagbaak:question-comment", args=[question.pk])
    member_client.post(url, {"body": "Welke organisatie is dit?", "form_token": "c1"})
    response = member_client.post(url, {"body": "Welke organisatie is dit?", "form_token": "c1"})
    assert Comment.objects.count() == 1
    assert response.status_code == HTTPStatus.FOUND

