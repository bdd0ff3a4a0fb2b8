"""The curator's page for the answers pinned in a theme's guide: pin one, unpin one, move one
up or down. Plain forms and buttons, so it works without JavaScript."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from initiatives.models import Theme
from initiatives.permissions import can_curate

from ..forms import PinAnswerForm
from ..models import PinnedAnswer
from ..services import pinned_answers as pins

MOVES = {"up": pins.UP, "down": pins.DOWN}


@login_required
def theme_pins(request, slug: str):
    if not can_curate(request.user):
        raise PermissionDenied
    theme = get_object_or_404(Theme, slug=slug)
    action = request.POST.get("action", "pin")
    form = PinAnswerForm(request.POST if request.method == "POST" and action == "pin" else None,
                         candidates=pins.pinnable_answers(theme))
    if request.method == "POST":
        if action == "pin":
            if form.is_valid():
                pins.answer_pin(theme=theme, answer=form.cleaned_data["answer"], curator=request.user)
                messages.success(request, _("The answer is pinned in the guide."))
                return redirect("vraagbaak:theme-pins", theme.slug)
        else:
            _step(request, theme, action)
            return redirect("vraagbaak:theme-pins", theme.slug)
    return render(request, "vraagbaak/theme_pins.html", {
        "theme": theme, "form": form,
        "pins": PinnedAnswer.objects.filter(theme=theme)
        .select_related("answer__question", "answer__author").order_by("position", "pk"),
    })


def _step(request, theme: Theme, action: str) -> None:
    """Unpin or move the pin the form names; a stale or strange request gets a message."""
    pin_id = request.POST.get("pin", "")
    pin = (PinnedAnswer.objects.filter(theme=theme, pk=int(pin_id)).first()
           if pin_id.isascii() and pin_id.isdigit() and len(pin_id) < 12 else None)
    if pin is None or (action != "unpin" and action not in MOVES):
        messages.error(request, _("That pinned answer is no longer in the guide: look again."))
    elif action == "unpin":
        pins.answer_unpin(pin=pin, curator=request.user)
        messages.success(request, _("The answer is no longer pinned."))
    elif pins.pinned_answer_move(pin=pin, offset=MOVES[action], curator=request.user):
        messages.success(request, _("The order is changed."))
    else:
        messages.info(request, _("The answer is at that end already."))
