"""How django-allauth signs people up here: work addresses of known government organisations
(and of the extra SIGNUP_ALLOWED_DOMAINS), who join their organisation (signup_domains.py)."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _

from . import services
from .models import AccessRequest
from .signup_domains import domain_known, email_domain_allowed, organisation_for_email

__all__ = ["AccountAdapter", "email_domain_allowed"]


def _approved_organisation(email: str):
    approved = AccessRequest.objects.filter(
        email__iexact=email, state=AccessRequest.State.APPROVED, organisation__isnull=False
    ).select_related("organisation").order_by("-decided_at").first()
    return approved.organisation if approved else None


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        email = super().clean_email(email)
        approved = AccessRequest.objects.filter(
            email__iexact=email, state=AccessRequest.State.APPROVED
        ).exists()
        if not (domain_known(email) or email_domain_allowed(email) or approved):
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
        # The member's own choice wins; else the organisation of the address's domain.
        user.organisation = (
            form.cleaned_data.get("organisation") or organisation_for_email(user.email)
            or _approved_organisation(user.email)
        )
        if commit:
            user.save()
            services.member_role_grant(user=user)
        return user
