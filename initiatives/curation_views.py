"""The curation queue at /initiatieven/beheer/: curators (with two-factor auth) only."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from . import services
from .forms import CurationForm
from .models import CurationAction, Initiative
from .permissions import can_curate
from .provenance import ImportConflict
from .vocabularies import PublicationState

STALE_AFTER_DAYS = 365


def curator_required(view):
    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not can_curate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@curator_required
def curation_queue(request):
    base = Initiative.objects.select_related("lead_organisation", "submitted_by")
    return render(request, "initiatives/curation_queue.html", {
        "submitted": base.awaiting_review().order_by("created_at"),
        "changes_requested": base.filter(
            publication_state=PublicationState.CHANGES_REQUESTED
        ).order_by("-reviewed_at"),
        "stale": base.not_confirmed_since(STALE_AFTER_DAYS).order_by("confirmed_at", "published_at")[:100],
        "log": CurationAction.objects.select_related("initiative", "actor")[:30],
        "open_conflicts": ImportConflict.objects.open().count(),
    })


@curator_required
def curation_review(request, slug: str):
    initiative = get_object_or_404(
        Initiative.objects.select_related("lead_organisation", "submitted_by").prefetch_related(
            "themes", "partner_organisations", "tags"
        ),
        slug=slug,
    )
    form = CurationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decision, note = form.cleaned_data["decision"], form.cleaned_data["note"].strip()
        if decision == CurationForm.PUBLISH:
            services.initiative_publish(initiative=initiative, curator=request.user, note=note)
            messages.success(request, _("The initiative has been published."))
        elif decision == CurationForm.CHANGES:
            services.initiative_request_changes(initiative=initiative, curator=request.user, note=note)
            messages.success(request, _("The proposer has been asked for changes."))
        else:
            services.initiative_reject(initiative=initiative, curator=request.user, note=note)
            messages.success(request, _("The initiative has been rejected."))
        return redirect("initiatives:curation-queue")
    return render(request, "initiatives/curation_review.html", {
        "initiative": initiative,
        "form": form,
        "log": initiative.curation_actions.select_related("actor"),
        "revisions": initiative.revisions.select_related("edited_by")[:10],
    })
