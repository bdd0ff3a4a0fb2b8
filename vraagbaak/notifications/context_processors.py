from ..models import Notification
from ..permissions import can_moderate_any


def notifications(request):
    """For the header, computed only when a template asks: `unread_notification_count`
    (one COUNT) and `is_moderator` (from the role data the MFA middleware already loaded)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def count():
        cached = getattr(request, "_unread_notification_count", None)
        if cached is None:
            cached = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
            request._unread_notification_count = cached
        return cached

    def moderator():
        return can_moderate_any(user)

    return {"unread_notification_count": count, "is_moderator": moderator}
