"""A member's notifications, preferences and subscriptions; following; unsubscribing by link."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from initiatives.models import Theme
from initiatives.responses import safe_next_url

from ..models import Notification, NotificationKind, Question, Subscription
from ..moderation.forms import PreferencesForm
from ..notifications import services
from ..notifications.texts import notification_text
from ..notifications.tokens import read_unsubscribe_token
from ..permissions import can_follow


@login_required
def notification_list(request):
    """Newest first; the page marks what it shows as read (or all, with the button)."""
    if request.method == "POST":
        services.notifications_mark_read(user=request.user)
        messages.success(request, _("All notifications are marked as read."))
        return redirect("vraagbaak:notification-list")
    notifications = Notification.objects.filter(recipient=request.user).select_related(
        "actor", "question", "answer__question", "initiative"
    )
    page_obj = Paginator(notifications, 30).get_page(request.GET.get("page"))
    items = [{"notification": n, "text": notification_text(n), "unread": n.read_at is None}
             for n in page_obj.object_list]
    services.notifications_mark_read(
        user=request.user, ids=[item["notification"].pk for item in items if item["unread"]]
    )
    subscriptions = Subscription.objects.filter(user=request.user).select_related(
        "question", "theme"
    )
    return render(request, "vraagbaak/notification_list.html", {
        "page_obj": page_obj, "items": items, "subscriptions": subscriptions,
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
        return redirect("vraagbaak:notification-preferences")
    return render(request, "vraagbaak/notification_preferences.html", {"form": form})


# Mail clients post here without a session or CSRF token (RFC 8058 one-click
# unsubscribe); the signed token is the only credential and all it can do is opt out.
@csrf_exempt
def unsubscribe(request, token: str):
    try:
        user_id, kind = read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "vraagbaak/unsubscribe.html", {"invalid": True}, status=400)
    user = get_object_or_404(get_user_model(), pk=user_id)
    if kind is not None and kind not in NotificationKind.values:
        return render(request, "vraagbaak/unsubscribe.html", {"invalid": True}, status=400)
    label = NotificationKind(kind).label if kind else None
    if request.method == "POST":
        services.preferences_unsubscribe(user=user, kind=kind)
        return render(request, "vraagbaak/unsubscribe.html", {"done": True, "label": label})
    return render(request, "vraagbaak/unsubscribe.html", {"label": label, "token": token})


@require_POST
@login_required
def question_follow(request, pk: int):
    question = get_object_or_404(Question.objects.public(), pk=pk)
    if not can_follow(request.user):
        return redirect(question)
    if request.POST.get("action") == "unfollow":
        services.question_unfollow(user=request.user, question=question)
        messages.success(request, _("You no longer follow this question."))
    else:
        services.question_follow(user=request.user, question=question)
        messages.success(request, _("You follow this question."))
    return redirect(safe_next_url(request, question.get_absolute_url(), from_query=False))


@require_POST
@login_required
def theme_follow(request, slug: str):
    theme = get_object_or_404(Theme, slug=slug)
    if not can_follow(request.user):
        return redirect(theme)
    if request.POST.get("action") == "unfollow":
        services.theme_unfollow(user=request.user, theme=theme)
        messages.success(request, _("You no longer follow this theme."))
    else:
        services.theme_follow(user=request.user, theme=theme)
        messages.success(request, _("You follow this theme."))
    return redirect(safe_next_url(request, theme.get_absolute_url(), from_query=False))
