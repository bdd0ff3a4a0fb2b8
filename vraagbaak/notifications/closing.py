"""A closed question is news for its asker and its followers, with the reason."""

from django.contrib.auth import get_user_model

from accounts.notifications.kinds import CLOSED, NotificationKind
from accounts.notifications.services import notify

from ..models import CloseReason, Question

User = get_user_model()


def on_question_closed(question: Question, *, by) -> None:
    """Tell the asker and the followers why `question` was closed (the closer is not told)."""
    reason = str(CloseReason(question.close_reason).label)
    if question.duplicate_of_id:
        reason = f"{reason}: {question.duplicate_of.title}"
    note = f"{reason}. {question.close_note}".strip() if question.close_note else reason
    audience = {question.author_id: question.author}
    audience.update({user.pk: user for user in
                     User.objects.filter(subscriptions__question=question, is_active=True)})
    notify(recipients=audience.values(), kind=NotificationKind.FOLLOWED_ACTIVITY,
           event_key=f"closed:{question.pk}:{question.closed_at:%Y%m%d%H%M%S%f}", actor=by,
           target=question, note=note, variant=CLOSED)
