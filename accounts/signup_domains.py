"""Which work addresses may sign up, and which organisation they belong to.

An address may sign up when its domain is an e-mail domain of a known organisation (the
OrganisationDomain rows curators keep, then the shipped list in accounts/register.py), or
matches one of the extra patterns of SIGNUP_ALLOWED_DOMAINS. A pattern is an exact domain
(`rijksoverheid.nl`) or any subdomain of one (`*.rijksoverheid.nl`); a `*` anywhere else
(`gemeente*.nl`) would admit look-alikes such as `gemeentefake.nl`, so it matches nothing and
the system check accounts.E010 refuses to start with it.
"""

from django.conf import settings
from django.core.checks import Error, register

from . import register as organisation_register
from .models import Organisation, OrganisationDomain


def domain_of(email: str) -> str:
    return email.rpartition("@")[2].strip().lower().rstrip(".")


def pattern_problem(pattern: str) -> str:
    """Why `pattern` is not allowed in SIGNUP_ALLOWED_DOMAINS, or ""."""
    pattern = pattern.strip().lower()
    if pattern == "*":
        return ""  # development: every domain
    rest = pattern[2:] if pattern.startswith("*.") else pattern
    if "*" in rest:
        return "a '*' may only stand for subdomains, as a leading '*.'"
    if "." not in rest and not pattern.startswith("*."):
        return "give a whole domain such as rijksoverheid.nl"
    return ""


def pattern_matches(pattern: str, domain: str) -> bool:
    pattern = pattern.strip().lower()
    if not pattern or pattern_problem(pattern):
        return False
    if pattern == "*":
        return True
    if pattern.startswith("*."):
        return domain.endswith(pattern[1:]) and len(domain) > len(pattern) - 1
    return domain == pattern


def email_domain_allowed(email: str, patterns: list[str] | None = None) -> bool:
    """True when the address's domain matches one of the patterns (see the module's text)."""
    patterns = settings.SIGNUP_ALLOWED_DOMAINS if patterns is None else patterns
    domain = domain_of(email)
    return bool(domain) and any(pattern_matches(pattern, domain) for pattern in patterns)


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
