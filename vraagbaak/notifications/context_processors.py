from ..models import Notification


def notifications(request):
    """`unread_notification_count` for the header: one COUNT, only when a template asks."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def count():
        cached = getattr(request, "_unread_notification_count", None)
        if cached is None:
            cached = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
            request._unread_notification_count = cached
        return cached

    return {"unread_notification_count": count}
