"""A member's follows and flags, for their personal-data download (their notifications and
preferences come from accounts.notifications.personal_data)."""

from ..models import Flag, Subscription


def export(user) -> dict:
    return {
        "subscriptions": [
            {"question": s.question_id, "theme": s.theme.slug if s.theme_id else None,
             "since": s.created_at.isoformat()}
            for s in Subscription.objects.filter(user=user).select_related("theme")
        ],
        "flags_raised": [
            {"reason": f.reason, "note": f.note, "question": f.question_id, "answer": f.answer_id,
             "comment": f.comment_id, "created_at": f.created_at.isoformat()}
            for f in Flag.objects.filter(reporter=user)
        ],
    }
