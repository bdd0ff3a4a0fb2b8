"""Sections the registry adds to organisation and profile pages (see accounts/sections.py)."""

from django.db.models import Q

from accounts.models import User
from accounts.sections import Section

from .models import Initiative

MAX_LISTED = 50


def organisation_initiatives(organisation, request) -> Section:
    """The organisation's published initiatives, as lead or as partner."""
    initiatives = (
        Initiative.objects.published()
        .filter(Q(lead_organisation=organisation) | Q(partner_organisations=organisation))
        .distinct()
        .select_related("lead_organisation")
        .order_by("-updated_at")
    )
    return Section(
        "initiatives/includes/organisation_initiatives.html",
        {"organisation": organisation, "initiatives": initiatives[:MAX_LISTED]},
    )


def organisation_experts(organisation, request) -> Section | None:
    """Members of the organisation who are experts of some theme, with their themes."""
    experts = (
        User.objects.experts()
        .filter(organisation=organisation)
        .prefetch_related("expert_themes")
        .order_by("display_name")
    )
    return Section("initiatives/includes/organisation_experts.html", {"experts": experts})


def profile_proposed_initiatives(profile_user, request) -> Section | None:
    """The initiatives a member proposed, with their state: for that member only."""
    if not request.user.is_authenticated or request.user.pk != profile_user.pk:
        return None
    initiatives = (
        Initiative.objects.owned_by(profile_user)
        .select_related("lead_organisation")
        .order_by("-updated_at")
    )
    return Section(
        "initiatives/includes/profile_initiatives.html", {"initiatives": initiatives}
    )
