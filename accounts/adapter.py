"""How django-allauth signs people up here: work addresses of known government organisations
(and of the extra SIGNUP_ALLOWED_DOMAINS), who join their organisation (signup_domains.py)."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _

from . import services
from .signup_domains import (
    approved_organisation,
    email_admitted,
    email_domain_allowed,
    organisation_for_email,
)

__all__ = ["AccountAdapter", "email_domain_allowed", "not_admitted_message"]

# allauth's second-factor step, and ours in its place: it skips the step when an SSO provider
# asserted a second factor it is trusted for (accounts/sso.py).
ALLAUTH_MFA_STAGE = "allauth.mfa.stages.AuthenticateStage"
PROVIDER_MFA_STAGE = "accounts.sso.ProviderMFAAuthenticateStage"


def not_admitted_message() -> str:
    return _(
        "The AI-vraagbaak is for people who work for Dutch government "
        "organisations. Sign up with your work e-mail address (for example "
        "name@rijksoverheid.nl or name@gemeente.nl). Does your organisation "
        "use another domain? Request access (%(url)s) or write to %(contact)s."
    ) % {"contact": settings.CONTACT_EMAIL, "url": reverse("accounts:access-request")}


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        email = super().clean_email(email)
        if not email_admitted(email):
            raise ValidationError(not_admitted_message(), code="domain_not_allowed")
        return email

    def get_login_stages(self) -> list[str]:
        return [PROVIDER_MFA_STAGE if stage == ALLAUTH_MFA_STAGE else stage
                for stage in super().get_login_stages()]

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.display_name = form.cleaned_data.get("display_name", "")
        # The member's own choice wins; else the organisation of the address's domain.
        user.organisation = (
            form.cleaned_data.get("organisation") or organisation_for_email(user.email)
            or approved_organisation(user.email)
        )
        if commit:
            user.save()
            services.member_role_grant(user=user)
        return user
