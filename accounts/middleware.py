"""Powers need two-factor authentication: set up, and passed in this session."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import mfa_session
from .permissions import has_mfa, requires_mfa

# Paths that stay reachable without two-factor authentication set up: the account pages
# (where it is set up), static files, the health check and the public statements.
EXEMPT_PREFIXES = ("/account/", "/static/", "/media/", "/healthz", "/i18n/", "/over/",
                   "/toegankelijkheid/", "/privacy/")


class RequireMFAForPowersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not requires_mfa(user):
            return self.get_response(request)
        if mfa_session.session_passed_at_provider(request.session, user):
            # Signed in through an SSO provider that asserted its second factor (accounts/sso.py).
            return self._respond(request, user, passed_mfa=True, at_provider=True)
        if not has_mfa(user):
            if request.path.startswith(EXEMPT_PREFIXES):
                return self._respond(request, user, passed_mfa=False)
            messages.warning(
                request,
                _(
                    "You are an expert or curator. Set up two-factor authentication "
                    "before you continue: it protects the powers that come with your role."
                ),
            )
            return redirect(reverse("mfa_activate_totp"))
        if not mfa_session.session_passed_mfa(request.session, user):
            # A session that never saw the second factor (Django's own password login,
            # or one from before it was required) is ended, on every path: its account
            # pages could otherwise remove the authenticator.
            logout(request)
            messages.warning(
                request,
                _("Sign in again with your authentication code: the powers of your role "
                  "count only after that step."),
            )
            return redirect_to_login(request.get_full_path(), reverse("account_login"))
        return self._respond(request, user, passed_mfa=True)

    def _respond(self, request, user, *, passed_mfa, at_provider=False):
        with mfa_session.request_scope(user=user, passed_mfa=passed_mfa, at_provider=at_provider):
            return self.get_response(request)
