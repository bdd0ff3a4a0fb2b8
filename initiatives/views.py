"""The registry's pages: themes, the filtered list, one initiative, proposing and editing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView

from accounts.sections import page_sections

from . import services
from .facets import cached_facets
from .filters import InitiativeFilterSet
from .forms import InitiativeForm
from .models import Initiative, Theme
from .permissions import can_curate, can_edit, can_propose, is_owner
from .responses import partial_requested
from .selectors import similar_initiatives, suggest_initiatives
from .services.curation import InitiativeEditConflict


class ThemeListView(ListView):
    model = Theme

    def get_queryset(self):
        return Theme.objects.with_initiative_count()


class ThemeDetailView(DetailView):
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
        context["experts"] = self.object.experts.filter(is_active=True).select_related(
            "organisation"
        )
        context["sections"] = page_sections("THEME_PAGE_SECTIONS", self.object, self.request)
        return context


def _public_initiatives():
    return Initiative.objects.published()


class InitiativeListView(ListView):
    """The registry with facets. Asked with `X-Partial: results`, only the results partial."""

    paginate_by = 20
    template_name = "initiatives/initiative_list.html"

    def get_queryset(self):
        self.filterset = InitiativeFilterSet(self.request.GET, queryset=_public_initiatives())
        return (
            self.filterset.results.select_related("lead_organisation").prefetch_related("themes")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        facets, good_examples = cached_facets(self.filterset, self.request.GET)
        context.update(
            filterset=self.filterset,
            facets=facets,
            chips=[(facet, option) for facet in facets for option in facet.selected],
            good_example_count=good_examples,
            search_term=self.filterset.search_term,
            can_propose=can_propose(self.request.user),
        )
        return context

    def get_template_names(self):
        if partial_requested(self.request, "results"):
            return [f"{self.template_name}#results"]
        return [self.template_name]


class InitiativeDetailView(DetailView):
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
    form = InitiativeForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        initiative = services.initiative_submit(
            submitted_by=request.user, data=data, themes=data["themes"],
            partner_organisations=data["partner_organisations"], tags=data["tags"],
        )
        messages.success(
            request,
            _("Thank you. A curator will review your initiative before it is published."),
        )
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
