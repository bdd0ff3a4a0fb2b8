"""Sections moderation adds to lower parts' pages (see accounts/sections.py): a member's expert
themes on their profile (where curators appoint experts), and following a theme."""

from accounts.permissions import has_role
from accounts.roles import EXPERT
from accounts.sections import Section
from initiatives.models import Theme

from ..models import Subscription
from ..permissions import can_appoint_experts
from .forms import ExpertForm


def profile_expertise(profile_user, request) -> Section | None:
    """The themes a member is expert of; curators appoint and remove experts here."""
    themes = list(profile_user.expert_themes.all()) if has_role(profile_user, EXPERT) else []
    curator = can_appoint_experts(request.user)
    if not themes and not curator:
        return None
    context = {"themes": themes, "profile_user": profile_user, "can_appoint": curator}
    if curator:
        form = ExpertForm(initial={"action": "appoint"})
        form.fields["theme"].queryset = Theme.objects.exclude(pk__in=[t.pk for t in themes])
        context["form"] = form
    return Section("vraagbaak/sections/profile_expertise.html", context)


def theme_follow(theme, request) -> Section | None:
    if not request.user.is_authenticated:
        return None
    following = Subscription.objects.filter(user=request.user, theme=theme).exists()
    return Section("vraagbaak/sections/theme_follow.html", {"theme": theme, "following": following})
