"""Flags are weighed by who flags: members' flags send an accepted or verified answer, or an
expert's post, to review instead of hiding it; an expert's or curator's flag acts at once;
a member whose flags are mostly dismissed weighs less."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import AnswerFactory, FlagFactory, QuestionFactory, make_member
from vraagbaak.models import AnswerState, Flag, Question
from vraagbaak.moderation.services import flag_create, flag_dismiss
from vraagbaak.moderation.services.flag_weight import member_weight


def _flag_three_times(client, answer):
    for _ in range(3):
        client.force_login(make_member())
        response = client.post(reverse("vraagbaak:flag", args=["antwoord", answer.pk]),
                               {"reason": "wrong", "note": ""})
        assert response.status_code == HTTPStatus.FOUND


def test_three_member_flags_do_not_hide_a_verified_answer(client, published_answer, theme_expert):
    published_answer.verified_by, published_answer.verified_at = theme_expert, timezone.now()
    published_answer.save()
    _flag_three_times(client, published_answer)
    published_answer.refresh_from_db()
    assert published_answer.state == AnswerState.PUBLISHED
    assert Flag.objects.filter(answer=published_answer, resolved_at__isnull=True).count() == 3


def test_three_member_flags_do_not_hide_an_accepted_answer(client, published_answer, question):
    Question.objects.filter(pk=question.pk).update(accepted_answer=published_answer)
    _flag_three_times(client, published_answer)
    published_answer.refresh_from_db()
    assert published_answer.state == AnswerState.PUBLISHED


def test_three_member_flags_do_not_hide_an_experts_answer(client, question, theme_expert):
    answer = AnswerFactory(question=question, author=theme_expert, state=AnswerState.PUBLISHED)
    _flag_three_times(client, answer)
    answer.refresh_from_db()
    assert answer.state == AnswerState.PUBLISHED


def test_three_member_flags_still_hide_an_ordinary_answer(client, published_answer):
    _flag_three_times(client, published_answer)
    published_answer.refresh_from_db()
    assert published_answer.state == AnswerState.HIDDEN


def test_an_experts_flag_hides_at_once(published_answer, theme_expert):
    flag_create(post=published_answer, reporter=theme_expert, reason="offensive")
    published_answer.refresh_from_db()
    assert published_answer.state == AnswerState.HIDDEN


def test_an_expert_of_another_theme_flags_as_a_member(published_answer, other_expert):
    flag_create(post=published_answer, reporter=other_expert, reason="offensive")
    published_answer.refresh_from_db()
    assert published_answer.state == AnswerState.PUBLISHED


def test_a_curators_flag_hides_a_question_at_once(question, curator):
    flag_create(post=question, reporter=curator, reason="spam")
    question.refresh_from_db()
    assert question.is_hidden


def test_mostly_dismissed_flags_lower_the_weight(theme, curator):
    abuser = make_member()
    assert member_weight(abuser) == 1.0
    for _ in range(4):
        target = QuestionFactory(theme=theme)
        FlagFactory(reporter=abuser, question=target, theme=theme)
        flag_dismiss(post=target, by=curator)
    assert member_weight(abuser) == pytest.approx(0.2)
    # Three flags, one of them the abuser's, no longer reach the threshold.
    question = QuestionFactory(theme=theme)
    flag_create(post=question, reporter=abuser, reason="spam")
    flag_create(post=question, reporter=make_member(), reason="spam")
    flag_create(post=question, reporter=make_member(), reason="spam")
    question.refresh_from_db()
    assert not question.is_hidden
    assert Flag.objects.get(question=question, reporter=abuser).upheld is None
