"""How django-allauth signs people up here: only work addresses of allowed domains."""

import re
from functools import lru_cache

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _

from . import services
from .models import AccessRequest


@lru_cache(maxsize=256)
def _domain_regex(pattern: str) -> re.Pattern:
    """`*` matches within one label (never a dot, so `gemeente*.nl` does not admit
    `gemeente.attacker.nl`); a leading `*.` means one or more labels of any subdomain;
    `*` alone admits every domain (development)."""
    pattern = pattern.strip().lower()
    if pattern == "*":
        return re.compile(r".+")
    prefix = ""
    if pattern.startswith("*."):
        prefix, pattern = r"(?:[^.]+\.)+", pattern[2:]
    return re.compile(prefix + r"[^.]*".join(re.escape(part) for part in pattern.split("*")))


def email_domain_allowed(email: str, patterns: list[str] | None = None) -> bool:
    """True when the address's domain matches one of the patterns (see _domain_regex)."""
    patterns = settings.SIGNUP_ALLOWED_DOMAINS if patterns is None else patterns
    domain = email.rpartition("@")[2].strip().lower()
    if not domain:
        return False
    return any(_domain_regex(pattern).fullmatch(domain) for pattern in patterns if pattern.strip())


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        email = super().clean_email(email)
        approved = AccessRequest.objects.filter(
            email__iexact=email, state=AccessRequest.State.APPROVED
        ).exists()
        if not email_domain_allowed(email) and not approved:
            raise ValidationError(
                _(
                    "The AI-vraagbaak is for people who work for Dutch government "
                    "organisations. Sign up with your work e-mail address (for example "
                    "name@rijksoverheid.nl or name@gemeente.nl). Does your organisation "
                    "use another domain? Request access (%(url)s) or write to %(contact)s."
                )
                % {"contact": settings.CONTACT_EMAIL, "url": reverse("accounts:access-request")},
                code="domain_not_allowed",
            )
        return email

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.display_name = form.cleaned_data.get("display_name", "")
        user.organisation = form.cleaned_data.get("organisation")
        if commit:
            user.save()
            services.member_role_grant(user=user)
        return user
