"""Curators' steps outside the Django admin: a theme's guide, good examples, archiving."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.sections import page_sections

from . import services
from .curation_views import curator_required
from .forms import ThemeGuideForm
from .models import Initiative, Theme
from .services.theme_guides import theme_guide_update
from .vocabularies import PublicationState


@curator_required
def theme_guide_edit(request, slug: str):
    theme = get_object_or_404(Theme, slug=slug)
    form = ThemeGuideForm(
        request.POST if request.method == "POST" else None,
        initial={"description": theme.description, "intro": theme.guide_intro},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        theme_guide_update(theme=theme, intro=data["intro"], description=data["description"],
                           curator=request.user, note=data["note"])
        messages.success(request, _("The guide is saved and marked as reviewed today."))
        return redirect(theme)
    return render(request, "initiatives/theme_guide_form.html", {
        "theme": theme, "form": form,
        "revisions": theme.guide_revisions.select_related("edited_by")[:20],
        "sections": page_sections("THEME_GUIDE_EDIT_SECTIONS", theme, request),
    })


@require_POST
@curator_required
def good_example_toggle(request, slug: str):
    initiative = get_object_or_404(Initiative, slug=slug)
    value = not initiative.is_good_example
    services.initiative_mark_good_example(initiative=initiative, curator=request.user, value=value)
    messages.success(request, _("Marked as a good example.") if value else _("No longer a good example."))
    return redirect("initiatives:curation-review", initiative.slug)


@require_POST
@curator_required
def archive(request, slug: str):
    initiative = get_object_or_404(Initiative, slug=slug)
    if initiative.publication_state != PublicationState.ARCHIVED:
        services.initiative_archive(initiative=initiative, curator=request.user,
                                    note=request.POST.get("note", "")[:2000])
        messages.success(request, _("The initiative is archived: it is no longer public."))
    return redirect("initiatives:curation-review", initiative.slug)
