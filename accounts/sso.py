"""Single sign-on through OpenID Connect providers (allauth's openid_connect provider).

The providers come from the environment (vraagbaak/settings/sso.py); each app's settings
carry our rules under "vraagbaak": the e-mail domains the provider vouches for, the
organisation its people join, and which `amr`/`acr` values count as a second factor there.

- Who may sign up through a provider obeys the rules of e-mail sign-up
  (signup_domains.email_admitted), with the provider's domains as extra patterns; the
  provider must have verified the address, and must vouch for its domain when it names any.
- New members join the provider's organisation, else the one of their address's domain.
- Experts and curators do the portal's second factor after signing in, unless the provider
  asserted one it is trusted for: the session is then marked as passed (mfa_session).
"""

import logging

from allauth.account.models import EmailAddress
from allauth.account.utils import user_email
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.mfa.stages import AuthenticateStage
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import mfa_session, services
from .adapter import not_admitted_message
from .domain_patterns import domain_matches_any, domain_of
from .models import Organisation
from .signup_domains import approved_organisation, email_admitted, organisation_for_email

logger = logging.getLogger(__name__)


def provider_rules(sociallogin) -> dict:
    """Our rules for the provider of this login: domains, organisation, mfa_amr, mfa_acr."""
    app = sociallogin.account.get_provider().app
    rules = (app.settings or {}).get("vraagbaak", {}) if app else {}
    return {"domains": [], "organisation": "", "mfa_amr": [], "mfa_acr": [], **rules}


def _asserted_email(sociallogin) -> tuple[str, bool]:
    """The address the provider gave, and whether it says it verified it (allauth's choice
    of claims: the user info, else the ID token)."""
    extra = sociallogin.account.extra_data or {}
    claims = extra.get("userinfo") or extra.get("id_token") or {}
    email = str(claims.get("email") or "").strip().lower()
    return email, claims.get("email_verified") in (True, "true")


def _claims(sociallogin) -> list[dict]:
    extra = sociallogin.account.extra_data or {}
    return [part for part in (extra.get("id_token"), extra.get("userinfo")) if isinstance(part, dict)]


def asserts_mfa(sociallogin) -> bool:
    """Did the provider assert (in the ID token or the user info) a second factor that counts?"""
    rules = provider_rules(sociallogin)
    trusted_amr, trusted_acr = set(rules["mfa_amr"]), set(rules["mfa_acr"])
    for claims in _claims(sociallogin):
        amr = claims.get("amr") or []
        if isinstance(amr, str):
            amr = [amr]
        if trusted_amr & {str(value) for value in amr}:
            return True
        if trusted_acr and str(claims.get("acr", "")) in trusted_acr:
            return True
    return False


def _refuse(request, sociallogin, reason: str):
    provider = sociallogin.account.get_provider()
    response = render(request, "socialaccount/refused.html",
                      {"reason": reason, "provider": provider}, status=403)
    raise ImmediateHttpResponse(response)


def _organisation(sociallogin, email: str) -> Organisation | None:
    slug = provider_rules(sociallogin)["organisation"]
    if slug:
        organisation = Organisation.objects.filter(slug=slug).first()
        if organisation:
            return organisation
        logger.warning("SSO provider %s names organisation %r, which does not exist",
                       sociallogin.account.provider, slug)
    return organisation_for_email(email) or approved_organisation(email)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def list_apps(self, request, provider=None, client_id=None):
        # Only the apps of the settings (unsaved: no pk), which carry our rules; an app put
        # in the database by other means is no provider here.
        apps = super().list_apps(request, provider=provider, client_id=client_id)
        return [app for app in apps if app.pk is None]

    def pre_social_login(self, request, sociallogin):
        if sociallogin.is_existing:
            return  # a member who signed in through this provider before
        provider = sociallogin.account.get_provider()
        email, verified = _asserted_email(sociallogin)
        if not email or not verified:
            _refuse(request, sociallogin, _(
                "%(provider)s did not confirm your e-mail address, so we cannot tell who you "
                "are. Sign in with an account there whose work address is verified, or sign "
                "in with your e-mail address and password."
            ) % {"provider": provider.name})
        domains = provider_rules(sociallogin)["domains"]
        if domains and not domain_matches_any(email, domains):
            _refuse(request, sociallogin, _(
                "%(provider)s does not sign in people with an address at %(domain)s. Sign in "
                "through the service of your own organisation, or with your e-mail address."
            ) % {"provider": provider.name, "domain": domain_of(email)})
        if not email_admitted(email, extra_patterns=domains):
            _refuse(request, sociallogin, not_admitted_message())
        if not sociallogin.email_addresses:
            # allauth dropped the address: our e-mail sign-up rules (AccountAdapter.clean_email)
            # do not know the domains this provider vouches for. Admitted above: restore it,
            # and look again for the member who has it.
            sociallogin.email_addresses = [EmailAddress(email=email, verified=True, primary=True)]
            user_email(sociallogin.user, email)
            sociallogin.lookup()

    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        name = data.get("name") or " ".join(
            part for part in (data.get("first_name"), data.get("last_name")) if part
        )
        user.display_name = (name or "")[:100]
        return user

    def save_user(self, request, sociallogin, form=None):
        user = sociallogin.user
        if form is None:
            # Signed up without our form (allauth's automatic sign-up): the provider's rules
            # decide the organisation, as the e-mail domain does for a sign-up by form.
            user.organisation = _organisation(sociallogin, user.email)
        user = super().save_user(request, sociallogin, form=form)
        if form is None:
            services.member_role_grant(user=user)
        return user


class ProviderMFAAuthenticateStage(AuthenticateStage):
    """allauth's second-factor step, skipped when the SSO provider asserted a trusted one."""

    def handle(self):
        sociallogin = (self.login.signal_kwargs or {}).get("sociallogin")
        if sociallogin is not None and asserts_mfa(sociallogin):
            return None, True
        return super().handle()


def on_user_logged_in(sender, request, user, sociallogin=None, **kwargs) -> None:
    if sociallogin is not None and asserts_mfa(sociallogin):
        mfa_session.mark_passed_at_provider(request.session, user)

