"""Verified answers past their review-by date ("geldig tot") come back: the theme's experts
find them in the "te herzien" queue and are told once, and so is the author, through the
notification kinds (and each member's preferences) that already exist."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from accounts.notifications.kinds import REVIEW_DUE, NotificationKind
from accounts.notifications.services import notify

from ..models import Answer, AnswerState

User = get_user_model()


@transaction.atomic
def answers_review_due_notify(*, today=None) -> int:
    """Tell the author and the theme's experts of each answer whose review-by date passed
    and who were not told yet; returns how many answers. Safe to run often."""
    today = today or timezone.localdate()
    due = (Answer.objects.select_for_update(of=("self",))
           .filter(state=AnswerState.PUBLISHED, valid_until__lt=today, review_notified_at__isnull=True)
           .select_related("question", "author"))
    count = 0
    for answer in due:
        key = f"review-due:{answer.pk}:{answer.valid_until:%Y%m%d}"
        notify(recipients=[answer.author], kind=NotificationKind.CHANGES_REQUESTED,
               event_key=key, target=answer, context=answer.question, variant=REVIEW_DUE)
        notify(recipients=User.objects.experts_of(answer.question.theme_id),
               kind=NotificationKind.PENDING_REVIEW, event_key=key, target=answer,
               context=answer.question)
        answer.review_notified_at = timezone.now()
        answer.save(update_fields=["review_notified_at"])
        count += 1
    return count
