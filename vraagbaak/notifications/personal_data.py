"""A member's share of moderation and notification data, for their personal-data download."""

from ..models import Flag, Notification, NotificationPreference, Subscription


def export(user) -> dict:
    return {
        "subscriptions": [
            {"question": s.question_id, "theme": s.theme.slug if s.theme_id else None,
             "since": s.created_at.isoformat()}
            for s in Subscription.objects.filter(user=user).select_related("theme")
        ],
        "notification_preferences": dict(
            NotificationPreference.objects.filter(user=user).values_list("kind", "delivery")
        ),
        "notification_language": user.language,
        "notifications": [
            {"kind": n.kind, "question": n.question_id, "answer": n.answer_id,
             "initiative": n.initiative_id,
             "created_at": n.created_at.isoformat(),
             "read_at": n.read_at.isoformat() if n.read_at else None}
            for n in Notification.objects.filter(recipient=user)
        ],
        "flags_raised": [
            {"reason": f.reason, "note": f.note, "question": f.question_id, "answer": f.answer_id,
             "comment": f.comment_id, "created_at": f.created_at.isoformat()}
            for f in Flag.objects.filter(reporter=user)
        ],
    }
