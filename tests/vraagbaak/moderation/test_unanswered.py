"""Questions without a published answer after N working days (Monday to Friday) go to the
theme's experts, after a second period to the curators; each stage once per question."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from accounts.notifications.kinds import NotificationKind
from accounts.notifications.models import Notification
from tests.factories import AnswerFactory, QuestionFactory
from vraagbaak.models import UnansweredReminder
from vraagbaak.notifications.unanswered import unanswered_notify
from vraagbaak.services.refresh import question_refresh
from vraagbaak.workdays import asked_before_for, working_days_since

AMS = ZoneInfo("Europe/Amsterdam")


def at(day: int, hour: int = 10) -> datetime.datetime:
    """A moment in December 2026: the 4th is a Friday, the 7th a Monday."""
    return datetime.datetime(2026, 12, day, hour, tzinfo=AMS)


@pytest.mark.parametrize(
    ("asked", "now", "days"),
    [
        (at(4), at(4, 18), 0),   # same day
        (at(4), at(5), 0),       # Friday → Saturday
        (at(4), at(6), 0),       # ... Sunday
        (at(4), at(7), 1),       # ... Monday
        (at(4), at(9), 3),       # ... Wednesday
        (at(5), at(9), 3),       # asked on Saturday: Mon, Tue, Wed
        (at(1), at(8), 5),       # Tuesday → next Tuesday
    ],
)
def test_working_days_skip_weekends(asked, now, days):
    assert working_days_since(asked, now) == days
    cutoff = asked_before_for(days, now)
    assert asked < cutoff
    if days:
        assert working_days_since(cutoff, now) < days  # the cutoff is the boundary


def test_experts_then_curators_each_once(settings, theme, theme_expert, other_expert, curator):
    settings.UNANSWERED_EXPERT_DAYS = 3
    settings.UNANSWERED_CURATOR_DAYS = 5
    question = QuestionFactory(theme=theme, created_at=at(4))
    answered = QuestionFactory(theme=theme, created_at=at(4))
    AnswerFactory(question=answered)
    question_refresh(question=answered)

    assert unanswered_notify(now=at(8)) == {"experts": 0, "curators": 0}  # Tuesday: 2 days
    assert unanswered_notify(now=at(9)) == {"experts": 1, "curators": 0}  # Wednesday: 3 days
    assert unanswered_notify(now=at(10)) == {"experts": 0, "curators": 0}  # not twice
    assert unanswered_notify(now=at(11)) == {"experts": 0, "curators": 1}  # Friday: 5 days
    assert unanswered_notify(now=at(14)) == {"experts": 0, "curators": 0}

    reminders = Notification.objects.filter(kind=NotificationKind.UNANSWERED, question=question)
    assert sorted(reminders.values_list("recipient_id", flat=True)) == sorted(
        [theme_expert.pk, curator.pk])
    assert not Notification.objects.filter(question=answered).exists()
    assert UnansweredReminder.objects.filter(question=question).count() == 2


def test_command_runs(theme, theme_expert, capsys):
    QuestionFactory(theme=theme, created_at=datetime.datetime(2020, 1, 6, tzinfo=AMS))
    call_command("notify_unanswered")
    assert "Reminded experts of 1" in capsys.readouterr().out


def test_periodic_runner_runs_each_job_once(theme, theme_expert, capsys):
    call_command("run_periodic", "--once")
    out = capsys.readouterr().out
    assert "Reminded experts of" in out and "digest e-mail(s)" in out
