"""Following a question or a theme (listed on the member's notification page)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from initiatives.models import Theme
from initiatives.responses import safe_next_url

from ..models import Question
from ..notifications import services
from ..permissions import can_follow


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
