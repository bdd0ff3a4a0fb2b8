"""A member's notifications and preferences, for their personal-data download."""

from .models import Notification, NotificationPreference


def _about(notification: Notification) -> dict:
    """What a notification was about, by kind of object: {"answer": 3, "question": 1}."""
    about = {}
    for content_type, pk in ((notification.context_type, notification.context_id),
                             (notification.target_type, notification.target_id)):
        if content_type is not None:
            about[content_type.model] = pk
    return about


def export(user) -> dict:
    return {
        "notification_preferences": dict(
            NotificationPreference.objects.filter(user=user).values_list("kind", "delivery")
        ),
        "notification_language": user.language,
        "notifications": [
            {"kind": n.kind, **_about(n),
             "created_at": n.created_at.isoformat(),
             "read_at": n.read_at.isoformat() if n.read_at else None}
            for n in Notification.objects.filter(recipient=user).select_related(
                "target_type", "context_type")
        ],
    }
