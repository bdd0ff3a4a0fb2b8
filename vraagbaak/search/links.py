"""The asker or a moderator confirms that a suggested initiative is about the question."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from initiatives.models import Initiative

from ..models import Question
from ..permissions import can_edit
from ..services.initiative_links import question_link_initiative


@require_POST
@login_required
def link_initiative(request, pk: int, slug: str):
    question = get_object_or_404(Question.objects.visible_to(request.user), pk=pk)
    if not can_edit(request.user, question):
        raise PermissionDenied
    initiative = get_object_or_404(Initiative.objects.published(), slug=slug)
    question_link_initiative(question=question, initiative=initiative, linked_by=request.user)
    messages.success(request, _("The initiative is now linked to this question."))
    return redirect(question)
