"""The registry's pages: themes, the filtered list, one initiative, proposing and editing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView

from accounts.read_only import ReadOnlyMixin
from accounts.sections import page_sections
from accounts.submissions import (
    DUPLICATE_WINDOW,
    SENT_BEFORE,
    submission_earlier,
    submission_record,
)

from . import services
from .facets import cached_facets
from .filters import InitiativeFilterSet
from .forms import InitiativeForm, InitiativeProposeForm
from .models import Initiative, Theme
from .overview import registry_overview
from .permissions import can_curate, can_edit, can_propose, is_owner
from .responses import partial_requested
from .selectors import similar_initiatives, suggest_initiatives
from .services.curation import InitiativeEditConflict


class ThemeListView(ReadOnlyMixin, ListView):
    model = Theme

    def get_queryset(self):
        return Theme.objects.with_initiative_count()


class ThemeDetailView(ReadOnlyMixin, DetailView):
    model = Theme

    def get_queryset(self):
        return Theme.objects.with_initiative_count()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["initiatives"] = (
            self.object.initiatives.published()
            .select_related("lead_organisation")
            .order_by("-updated_at")[:20]
        )
        experts = self.object.experts.filter(is_active=True).select_related("organisation")
        # Visitors see the experts who chose to be listed; members see them all.
        if not self.request.user.is_authenticated:
            experts = experts.filter(listed_as_expert=True)
        context["experts"] = experts
        context["sections"] = page_sections("THEME_PAGE_SECTIONS", self.object, self.request)
        # Parts of the guide that higher parts keep (the vraagbaak's pinned answers).
        context["guide_sections"] = page_sections(
            "THEME_GUIDE_SECTIONS", self.object, self.request)
        context["good_examples"] = (
            self.object.initiatives.published().filter(is_good_example=True)
            .select_related("lead_organisation").order_by("-updated_at")[:6]
        )
        context["can_curate"] = can_curate(self.request.user)
        return context


def _public_initiatives():
    return Initiative.objects.published()


class InitiativeListView(ReadOnlyMixin, ListView):
    """The registry with facets. Asked with `X-Partial: results`, only the results partial."""

    paginate_by = 20
    template_name = "initiatives/initiative_list.html"

    def get_queryset(self):
        self.filterset = InitiativeFilterSet(self.request.GET, queryset=_public_initiatives())
        return (
            self.filterset.results.select_related("lead_organisation").prefetch_related("themes")
        )

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        paginator.count = self.result_count  # counted with the facets: no COUNT of its own
        return paginator

    def get_context_data(self, **kwargs):
        facets, good_examples, self.result_count = cached_facets(self.filterset, self.request.GET)
        context = super().get_context_data(**kwargs)
        chips = [(facet, option) for facet in facets for option in facet.selected]
        context.update(
            filterset=self.filterset,
            facets=facets,
            organisation_facet=next((facet for facet in facets if facet.name == "organisatie"), None),
            # "Toon alle organisaties" without script; any other value is the top ten.
            show_all_organisations=self.request.GET.get("alle_organisaties") == "1",
            chips=chips,
            # "Filters (3)" on a phone: the chosen facet values and the good-examples box.
            active_filter_count=len(chips) + bool(self.request.GET.get("goed_voorbeeld")),
            good_example_count=good_examples,
            search_term=self.filterset.search_term,
            can_propose=can_propose(self.request.user),
        )
        if not partial_requested(self.request, "results"):
            context["overview"] = registry_overview()
        return context

    def get_template_names(self):
        if partial_requested(self.request, "results"):
            return [f"{self.template_name}#results"]
        return [self.template_name]


class InitiativeDetailView(ReadOnlyMixin, DetailView):
    """Published initiatives for everyone; owners and curators also see their own unpublished."""

    def get_queryset(self):
        return (
            Initiative.objects.visible_to(self.request.user)
            .select_related("lead_organisation", "contact_user", "submitted_by")
            .prefetch_related("themes", "partner_organisations", "tags")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(
            similar=similar_initiatives(self.object),
            sections=page_sections("INITIATIVE_PAGE_SECTIONS", self.object, self.request),
            actions=page_sections("INITIATIVE_PAGE_ACTIONS", self.object, self.request),
            can_edit=can_edit(user, self.object),
            is_owner=is_owner(user, self.object),
            can_curate=can_curate(user),
            # The contact's address is for signed-in members only, never for visitors.
            show_contact_email=user.is_authenticated,
        )
        return context


@login_required
def initiative_propose(request):
    if not can_propose(request.user):
        raise PermissionDenied
    form = InitiativeProposeForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        recent = Initiative.objects.filter(
            submitted_by=request.user, title__iexact=data["title"],
            created_at__gte=timezone.now() - DUPLICATE_WINDOW).order_by("created_at").first()
        earlier = submission_earlier(user=request.user, token=form.form_token,
                                     recent_url=recent.get_absolute_url() if recent else None)
        if earlier is not None:
            messages.info(request, SENT_BEFORE)
            return redirect(earlier or "initiatives:initiative-list")
        initiative = services.initiative_submit(
            submitted_by=request.user, data=data, themes=data["themes"],
            partner_organisations=data["partner_organisations"], tags=data["tags"],
        )
        messages.success(
            request,
            _("Thank you. A curator will review your initiative before it is published."),
        )
        submission_record(user=request.user, token=form.form_token,
                          url=initiative.get_absolute_url())
        return redirect(initiative)
    return render(request, "initiatives/initiative_form.html", {"form": form, "initiative": None})


@login_required
def initiative_edit(request, slug: str):
    initiative = get_object_or_404(Initiative.objects.visible_to(request.user), slug=slug)
    if not can_edit(request.user, initiative):
        raise PermissionDenied
    form = InitiativeForm(request.POST or None, instance=initiative, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.initiative_update(
                initiative=initiative, edited_by=request.user, data=data, themes=data["themes"],
                partner_organisations=data["partner_organisations"], tags=data["tags"],
                loaded_version=data["loaded_version"],
            )
        except InitiativeEditConflict:
            form.add_error("loaded_version", form.stale_error())
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect(initiative)
    # A bound ModelForm writes typed values onto the instance: show the stored title.
    initiative.refresh_from_db(fields=["title"])
    return render(
        request, "initiatives/initiative_form.html", {"form": form, "initiative": initiative}
    )


@login_required
@require_POST
def initiative_confirm(request, slug: str):
    initiative = get_object_or_404(Initiative.objects.visible_to(request.user), slug=slug)
    if not can_edit(request.user, initiative):
        raise PermissionDenied
    services.initiative_confirm(initiative=initiative, user=request.user)
    messages.success(request, _("Thank you for confirming that this initiative is up to date."))
    return redirect(initiative)


def initiative_suggestions(request):
    """Published initiatives for the "related initiatives" field, as you type."""
    return JsonResponse({"results": suggest_initiatives(request.GET.get("q", ""))})
