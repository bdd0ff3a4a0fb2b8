"""Curator and expert notifications reach only those whose powers count: a curator or
expert without two-factor authentication is told nothing as a curator or expert, and a
superuser with two-factor is told what the curators are told."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from accounts import roles
from accounts.models import User
from accounts.notifications.kinds import NotificationKind
from accounts.notifications.models import Notification
from initiatives.services import initiative_update
from tests.factories import AnswerFactory, InitiativeFactory, QuestionFactory, make_member, make_role
from vraagbaak.models import AnswerState
from vraagbaak.notifications import hooks
from vraagbaak.notifications.unanswered import unanswered_notify

K = NotificationKind


@pytest.fixture
def curator_without_mfa(db):
    return make_role(roles.CURATOR, mfa=False)


@pytest.fixture
def superuser_with_mfa(db):
    user = make_member(is_superuser=True, is_staff=True)
    TOTP.activate(user, generate_totp_secret())
    return User.objects.get(pk=user.pk)


def kinds_of(user):
    return sorted(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_unanswered_reminder_for_curators_skips_a_curator_without_two_factor(
    settings, theme, curator, curator_without_mfa, superuser_with_mfa
):
    settings.UNANSWERED_EXPERT_DAYS = 1
    settings.UNANSWERED_CURATOR_DAYS = 2
    QuestionFactory(theme=theme, created_at=datetime.datetime(2026, 12, 1, tzinfo=ZoneInfo("UTC")))
    assert unanswered_notify(now=datetime.datetime(2026, 12, 9, tzinfo=ZoneInfo("UTC")))["curators"] == 1
    assert kinds_of(curator_without_mfa) == []
    assert kinds_of(curator) == kinds_of(superuser_with_mfa) == [K.UNANSWERED]


def test_unanswered_reminder_for_experts_skips_an_expert_without_two_factor(
    settings, theme, theme_expert
):
    settings.UNANSWERED_EXPERT_DAYS = 1
    settings.UNANSWERED_CURATOR_DAYS = 50
    expert_without_mfa = make_role(roles.EXPERT, mfa=False)
    theme.experts.add(expert_without_mfa)
    QuestionFactory(theme=theme, created_at=datetime.datetime(2026, 12, 1, tzinfo=ZoneInfo("UTC")))
    assert unanswered_notify(now=datetime.datetime(2026, 12, 9, tzinfo=ZoneInfo("UTC")))["experts"] == 1
    assert kinds_of(expert_without_mfa) == []
    assert kinds_of(theme_expert) == [K.UNANSWERED]


def test_pending_item_in_a_theme_without_experts_skips_a_curator_without_two_factor(
    theme, answerer, curator, curator_without_mfa, superuser_with_mfa
):
    question = QuestionFactory(theme=theme)
    hooks.on_answer_created(AnswerFactory(question=question, author=answerer,
                                           state=AnswerState.PENDING))
    assert kinds_of(curator_without_mfa) == []
    assert kinds_of(curator) == kinds_of(superuser_with_mfa) == [K.PENDING_REVIEW]


def test_new_question_skips_an_expert_without_two_factor(theme, theme_expert, asker):
    expert_without_mfa = make_role(roles.EXPERT, mfa=False)
    theme.experts.add(expert_without_mfa)
    hooks.on_question_created(QuestionFactory(theme=theme, author=asker))
    assert kinds_of(expert_without_mfa) == []
    assert kinds_of(theme_expert) == [K.THEME_QUESTION]


def test_published_edit_skips_a_curator_without_two_factor(
    curator, curator_without_mfa, superuser_with_mfa, django_capture_on_commit_callbacks
):
    owner = make_member()
    initiative = InitiativeFactory(submitted_by=owner)
    with django_capture_on_commit_callbacks(execute=True):
        initiative_update(initiative=initiative, edited_by=owner, data={"title": "Versie 2"})
    assert kinds_of(curator_without_mfa) == []
    assert kinds_of(curator) == kinds_of(superuser_with_mfa) == [K.INITIATIVE_EDITED]
