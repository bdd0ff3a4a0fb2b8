from .models import Notification


def notifications(request):
    """For the header, computed only when a template asks: `unread_notification_count`
    (one COUNT)."""
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
