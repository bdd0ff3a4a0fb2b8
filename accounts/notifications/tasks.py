"""Background work for notifications, run by the task worker (immediately in development)."""

from django.db import transaction
from django.tasks import task
from django.utils import timezone

from .emails import digest_message, notification_message
from .models import Notification


@task
def send_notification_email(*, notification_id: int) -> bool:
    """E-mail one notification, once: a notification that was mailed is skipped."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("recipient").with_objects()
            .filter(pk=notification_id, emailed_at__isnull=True)
            .first()
        )
        if notification is None:
            return False
        notification_message(notification).send()
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return True


def digest_send() -> int:
    """One e-mail per member with all their notifications waiting for the digest.

    Returns the number of e-mails sent. Safe to run twice: mailed rows are marked.
    """
    waiting = (
        Notification.objects.awaiting_digest()
        .select_related("recipient").with_objects()
        .order_by("recipient_id", "kind", "created_at")
    )
    by_user: dict[int, list[Notification]] = {}
    for notification in waiting:
        by_user.setdefault(notification.recipient_id, []).append(notification)
    sent = 0
    for items in by_user.values():
        user = items[0].recipient
        if not user.is_active:
            continue
        with transaction.atomic():
            digest_message(user, items).send()
            Notification.objects.filter(pk__in=[n.pk for n in items]).update(
                emailed_at=timezone.now()
            )
        sent += 1
    return sent
