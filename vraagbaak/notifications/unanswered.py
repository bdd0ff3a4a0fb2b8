"""Questions without a published answer after N working days go to the theme's experts,
and after a second, longer period to the curators. Each stage goes out once per question."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from accounts.notifications.kinds import NotificationKind
from accounts.notifications.services import notify

from ..models import Question, QuestionState, UnansweredReminder
from ..workdays import asked_before_for

Stage = UnansweredReminder.Stage
User = get_user_model()


def _due(stage: str, working_days: int, now: datetime.datetime):
    return (
        Question.objects.filter(
            state=QuestionState.OPEN, is_hidden=False, answer_count=0,
            created_at__lt=asked_before_for(working_days, now),
        )
        .exclude(unanswered_reminders__stage=stage)
        .select_related("theme")
        .order_by("created_at")
    )


@transaction.atomic
def unanswered_notify(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Send the reminders that are due at `now`; returns how many questions per stage."""
    now = now or timezone.now()
    sent = {Stage.EXPERTS: 0, Stage.CURATORS: 0}
    for question in _due(Stage.EXPERTS, settings.UNANSWERED_EXPERT_DAYS, now):
        notify(recipients=User.objects.experts_of(question.theme_id),
               kind=NotificationKind.UNANSWERED, event_key=f"experts:{question.pk}", target=question)
        UnansweredReminder.objects.create(question=question, stage=Stage.EXPERTS, sent_at=now)
        sent[Stage.EXPERTS] += 1
    curator_list = list(User.objects.curators())
    for question in _due(Stage.CURATORS, settings.UNANSWERED_CURATOR_DAYS, now):
        notify(recipients=curator_list, kind=NotificationKind.UNANSWERED,
               event_key=f"curators:{question.pk}", target=question)
        UnansweredReminder.objects.create(question=question, stage=Stage.CURATORS, sent_at=now)
        sent[Stage.CURATORS] += 1
    return sent
