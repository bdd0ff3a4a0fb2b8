"""The curator's organisation pages, outside the Django admin: find duplicates, merge them,
fix types, keep aliases and e-mail domains. Curators with their second factor only."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import organisation_services as services
from .models import Organisation, OrganisationAlias, OrganisationLogEntry
from .organisation_forms import AliasForm, DomainForm, MergeForm, TypeForm
from .permissions import is_curator

LIST_LIMIT = 300


def curator_required(view):
    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not is_curator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@curator_required
def organisation_curate_list(request):
    query = request.GET.get("q", "").strip()[:100]
    organisations = Organisation.objects.annotate(
        alias_count=Count("aliases", distinct=True),
        member_count=Count("members", distinct=True, filter=Q(members__is_active=True)),
    ).order_by("name")
    if query:
        organisations = organisations.filter(
            Q(name__icontains=query) | Q(aliases__name__icontains=query)
        ).distinct()
    form = MergeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            target = services.organisation_merge(
                source=form.cleaned_data["source"], target=form.cleaned_data["target"],
                curator=request.user,
            )
        except services.MergeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Merged into %(name)s.") % {"name": target.name})
            return redirect("accounts:organisation-curate", target.slug)
    return render(request, "accounts/organisation_curate_list.html", {
        "organisations": organisations[:LIST_LIMIT], "query": query, "form": form,
        "limit": LIST_LIMIT,
        "log": OrganisationLogEntry.objects.select_related("actor", "organisation")[:20],
    })


@curator_required
def organisation_curate(request, slug: str):
    organisation = get_object_or_404(Organisation, slug=slug)
    forms = {
        "type_form": TypeForm(initial={"type": organisation.type}),
        "alias_form": AliasForm(), "domain_form": DomainForm(),
    }
    if request.method == "POST":
        action = request.POST.get("action")
        form_class, key = {
            "type": (TypeForm, "type_form"), "alias": (AliasForm, "alias_form"),
            "domain": (DomainForm, "domain_form"),
        }.get(action, (None, None))
        if form_class is None:
            raise PermissionDenied
        form = forms[key] = form_class(request.POST)
        if form.is_valid():
            _apply(action, organisation, form.cleaned_data, request.user)
            messages.success(request, _("Saved."))
            return redirect("accounts:organisation-curate", organisation.slug)
    return render(request, "accounts/organisation_curate.html", {
        "organisation": organisation, **forms,
        "aliases": organisation.aliases.all(), "domains": organisation.domains.all(),
        "log": organisation.log_entries.select_related("actor")[:30],
    })


def _apply(action, organisation, data, curator):
    if action == "type":
        services.organisation_set_type(organisation=organisation, type=data["type"], curator=curator)
    elif action == "alias":
        services.organisation_alias_add(organisation=organisation, name=data["name"], curator=curator)
    else:
        services.organisation_domain_add(organisation=organisation, domain=data["domain"], curator=curator)


@require_POST
@curator_required
def alias_remove(request, pk: int):
    alias = get_object_or_404(OrganisationAlias.objects.select_related("organisation"), pk=pk)
    slug = alias.organisation.slug
    services.organisation_alias_remove(alias=alias, curator=request.user)
    messages.success(request, _("Alias removed."))
    return redirect("accounts:organisation-curate", slug)
