"""A member's notifications and preferences; unsubscribing by link."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from ..sections import page_sections
from . import services
from .forms import PreferencesForm
from .kinds import NotificationKind
from .models import Notification
from .texts import notification_text
from .tokens import read_unsubscribe_token


@login_required
def notification_list(request):
    """Newest first; the page marks what it shows as read (or all, with the button). Higher
    parts add to the page through NOTIFICATION_PAGE_SECTIONS (what the member follows)."""
    if request.method == "POST":
        services.notifications_mark_read(user=request.user)
        messages.success(request, _("All notifications are marked as read."))
        return redirect("notifications:notification-list")
    mine = Notification.objects.filter(recipient=request.user)
    counts = mine.aggregate(total=Count("pk"), unread=Count("pk", filter=Q(read_at__isnull=True)))
    paginator = Paginator(mine.with_objects(), 30)
    paginator.count = counts["total"]  # counted above, with the unread ones
    page_obj = paginator.get_page(request.GET.get("page"))
    items = [{"notification": n, "text": notification_text(n), "unread": n.read_at is None}
             for n in page_obj.object_list]
    marked = services.notifications_mark_read(
        user=request.user, ids=[item["notification"].pk for item in items if item["unread"]]
    )
    # The header's badge shows what is still unread once this page is read (context_processors).
    request._unread_notification_count = counts["unread"] - marked
    return render(request, "notifications/notification_list.html", {
        "page_obj": page_obj, "items": items,
        "sections": page_sections("NOTIFICATION_PAGE_SECTIONS", request.user, request),
    })


@login_required
def notification_preferences(request):
    deliveries = dict(request.user.notification_preferences.values_list("kind", "delivery"))
    form = PreferencesForm(
        request.POST or None, deliveries=deliveries,
        initial={"language": request.user.language or get_language()},
    )
    if request.method == "POST" and form.is_valid():
        services.preferences_set(user=request.user, deliveries=form.deliveries(),
                                 language=form.cleaned_data["language"])
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:notification-preferences")
    return render(request, "notifications/notification_preferences.html", {"form": form})


# Mail clients post here without a session or CSRF token (RFC 8058 one-click
# unsubscribe); the signed token is the only credential and all it can do is opt out.
@csrf_exempt
def unsubscribe(request, token: str):
    try:
        user_id, kind = read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    user = get_object_or_404(get_user_model(), pk=user_id)
    if kind is not None and kind not in NotificationKind.values:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    label = NotificationKind(kind).label if kind else None
    if request.method == "POST":
        services.preferences_unsubscribe(user=user, kind=kind)
        return render(request, "notifications/unsubscribe.html", {"done": True, "label": label})
    return render(request, "notifications/unsubscribe.html", {"label": label, "token": token})
