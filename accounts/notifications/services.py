"""Writes for notifications and preferences. Callers checked permissions."""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import CharField, Model, Value
from django.utils import timezone

from .kinds import DEFAULT_DELIVERY, Delivery, NotificationKind
from .models import Notification, NotificationPreference
from .tasks import send_notification_email

# Not a Delivery: marks, in deliveries_for's one read, a user who was told already.
_TOLD = "told"


def deliveries_for(user_ids: Iterable[int], kind: str, *, event_key: str = "") -> dict[int, str]:
    """Each user's chosen delivery for `kind` (the default where they chose none); one query.
    With `event_key`, only of the users who have no notification with that key yet (read in
    the same query)."""
    user_ids = list(user_ids)
    chosen = NotificationPreference.objects.filter(user_id__in=user_ids, kind=kind).order_by()
    rows = chosen.values_list("user_id", "delivery")
    if event_key:
        told = Notification.objects.filter(recipient_id__in=user_ids, event_key=event_key).order_by()
        rows = rows.union(told.values_list("recipient_id", Value(_TOLD, output_field=CharField())),
                          all=True)
    rows = list(rows)
    told = {pk for pk, delivery in rows if delivery == _TOLD}
    chosen = {pk: delivery for pk, delivery in rows if delivery != _TOLD}
    return {pk: chosen.get(pk, DEFAULT_DELIVERY[kind]) for pk in user_ids if pk not in told}


def notify(
    *,
    recipients: Iterable,
    kind: NotificationKind,
    event_key: str,
    actor=None,
    target: Model | None = None,
    context: Model | None = None,
    note: str = "",
    variant: str = "",
) -> list[Notification]:
    """Tell each recipient about one event, once, as they chose.

    `event_key` names the event (for example "answer-posted:17"): a recipient who
    already has a notification with that key gets no second one. `target` is where the
    notification leads, `context` what its wording names (the target when not given);
    `variant` picks the kind's wording (notifications.kinds), such as the curator's
    decision. The actor is never told about their own deed; inactive members and those
    who turned the kind off get nothing. E-mail goes out after the commit through a task.
    """
    users = {
        user.pk: user
        for user in recipients
        if user is not None and user.is_active and (actor is None or user.pk != actor.pk)
    }
    if not users:  # before the transaction: no one to tell costs no savepoint
        return []
    key = f"{kind}:{event_key}"[:120]
    context = context if context is not None else target
    # No savepoint of its own (two round trips per event): no caller catches a failure in
    # here, so the caller's transaction is the one that rolls back.
    with transaction.atomic(savepoint=False):
        rows = [
            Notification(
                recipient_id=pk, kind=kind, actor=actor, target=target, context=context,
                note=note, variant=variant, event_key=key, delivery=delivery,
            )
            for pk, delivery in deliveries_for(users.keys(), kind, event_key=key).items()
            if delivery != Delivery.OFF
        ]
        created = Notification.objects.bulk_create(rows)
        immediate = [row.pk for row in created if row.delivery == Delivery.IMMEDIATE]
        if immediate:
            def enqueue():
                for pk in immediate:
                    send_notification_email.enqueue(notification_id=pk)

            transaction.on_commit(enqueue)
    return created


@transaction.atomic
def notifications_mark_read(*, user, ids: Iterable[int] | None = None) -> int:
    """Mark the user's unread notifications (all, or those in `ids`) as read."""
    rows = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    return rows.update(read_at=timezone.now())


@transaction.atomic
def preferences_set(*, user, deliveries: dict[str, str], language: str | None = None) -> None:
    """Store the user's delivery per kind (and the language of their e-mails)."""
    for kind, delivery in deliveries.items():
        NotificationPreference.objects.update_or_create(
            user=user, kind=kind, defaults={"delivery": delivery}
        )
    if language and language != user.language:
        user.language = language
        user.save(update_fields=["language"])


@transaction.atomic
def preferences_unsubscribe(*, user, kind: str | None) -> None:
    """Turn one kind of notification off, or all of them when `kind` is None."""
    kinds = [kind] if kind else list(NotificationKind.values)
    preferences_set(user=user, deliveries=dict.fromkeys(kinds, Delivery.OFF))
