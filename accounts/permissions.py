"""Who may do what with people and organisations. Views check these; services change data."""

from allauth.mfa.utils import is_mfa_enabled

from . import roles
from .mfa_session import lacks_mfa_session, passed_at_provider


def role_names(user) -> frozenset[str]:
    """The user's role (group) names, fetched once per user object."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_role_names_cache", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._role_names_cache = cached
    return cached


def has_role(user, role: str) -> bool:
    return role in role_names(user)


def requires_mfa(user) -> bool:
    """Experts, curators and staff hold powers that need two-factor authentication."""
    if not user.is_authenticated:
        return False
    return user.is_staff or user.is_superuser or bool(role_names(user) & roles.ROLES_REQUIRING_MFA)


def has_mfa(user) -> bool:
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_has_mfa_cache", None)
    if cached is None:
        cached = is_mfa_enabled(user)
        user._has_mfa_cache = cached
    return cached


def can_use_powers(user) -> bool:
    """Powers of experts and curators count only with two-factor authentication set up and,
    for the user of the current request, only in a session that passed it (mfa_session);
    or in a session whose SSO provider asserted a second factor it is trusted for."""
    if not (user.is_authenticated and user.is_active):
        return False
    if not requires_mfa(user):
        return True
    return passed_at_provider(user) or (has_mfa(user) and not lacks_mfa_session(user))


def can_use_admin(request) -> bool:
    """The admin site's own check (AdminSite.has_permission), with the rule of powers."""
    user = request.user
    return user.is_active and user.is_staff and can_use_powers(user)


def is_expert(user) -> bool:
    return has_role(user, roles.EXPERT) and can_use_powers(user)


def is_curator(user) -> bool:
    if not user.is_authenticated:
        return False
    return (user.is_superuser or has_role(user, roles.CURATOR)) and can_use_powers(user)


def can_change_account(user, account) -> bool:
    """Superuser and staff accounts (one's own too) are changed by superusers only: a curator
    could otherwise take one over (its password, e-mail) or lock another curator out."""
    if account is None or not (account.is_superuser or account.is_staff):
        return True
    return user.is_superuser
