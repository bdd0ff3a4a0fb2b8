"""What a member follows, on their notification page (NOTIFICATION_PAGE_SECTIONS)."""

from accounts.sections import Section

from ..models import Subscription


def subscriptions(user, request) -> Section:
    followed = Subscription.objects.filter(user=user).select_related("question", "theme")
    return Section("vraagbaak/sections/subscriptions.html", {"subscriptions": followed})
