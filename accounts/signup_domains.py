"""Which work addresses may sign up, and which organisation they belong to.

An address may sign up (by e-mail or through a provider of single sign-on, accounts/sso.py)
when its domain is an e-mail domain of a known organisation (the
OrganisationDomain rows curators keep, then the shipped list in accounts/register.py), or
matches one of the extra patterns of SIGNUP_ALLOWED_DOMAINS. A pattern is an exact domain
(`rijksoverheid.nl`) or any subdomain of one (`*.rijksoverheid.nl`); a `*` anywhere else
(`gemeente*.nl`) would admit look-alikes such as `gemeentefake.nl`, so it matches nothing and
the system check accounts.E010 refuses to start with it.
"""

from django.conf import settings
from django.core.checks import Error, register

from . import register as organisation_register
from .domain_patterns import domain_matches_any, domain_of, pattern_problem
from .models import AccessRequest, Organisation, OrganisationDomain

__all__ = ["domain_of", "pattern_problem"]


def email_domain_allowed(email: str, patterns: list[str] | None = None) -> bool:
    """True when the address's domain matches one of the patterns (see the module's text)."""
    return domain_matches_any(email, settings.SIGNUP_ALLOWED_DOMAINS if patterns is None else patterns)


def domain_known(email: str) -> bool:
    """The domain is one of a known government organisation's."""
    domain = domain_of(email)
    return bool(domain) and (
        OrganisationDomain.objects.filter(domain=domain).exists()
        or organisation_register.find_by_domain(domain) is not None
    )


def organisation_for_email(email: str) -> Organisation | None:
    """The organisation whose e-mail domain the address has; made from the list if need be."""
    domain = domain_of(email)
    if not domain:
        return None
    held = OrganisationDomain.objects.filter(domain=domain).select_related("organisation").first()
    if held:
        return held.organisation
    entry = organisation_register.find_by_domain(domain)
    return organisation_register.organisation_from_register(entry) if entry else None


def approved_organisation(email: str) -> Organisation | None:
    """The organisation of the address's latest approved access request, if any."""
    approved = AccessRequest.objects.filter(
        email__iexact=email, state=AccessRequest.State.APPROVED, organisation__isnull=False
    ).select_related("organisation").order_by("-decided_at").first()
    return approved.organisation if approved else None


def email_admitted(email: str, extra_patterns=()) -> bool:
    """May this address sign up? Its domain is a known organisation's, matches
    SIGNUP_ALLOWED_DOMAINS or `extra_patterns` (the domains an SSO provider vouches for), or
    a curator approved its access request."""
    return (
        domain_known(email) or email_domain_allowed(email) or domain_matches_any(email, extra_patterns)
        or AccessRequest.objects.filter(email__iexact=email, state=AccessRequest.State.APPROVED).exists()
    )


@register()
def check_signup_patterns(app_configs, **kwargs):
    return [
        Error(
            f"SIGNUP_ALLOWED_DOMAINS: {pattern!r}: {problem}.",
            hint="Known government domains need no pattern: add them to an organisation instead.",
            id="accounts.E010",
        )
        for pattern in settings.SIGNUP_ALLOWED_DOMAINS
        if (problem := pattern_problem(pattern))
    ]
