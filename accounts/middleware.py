"""Send experts and curators to the two-factor set-up until they have done it."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .permissions import has_mfa, requires_mfa

# Paths that stay reachable without two-factor authentication: the account pages
# (where it is set up), static files, the health check and the public statements.
EXEMPT_PREFIXES = ("/account/", "/static/", "/media/", "/healthz", "/i18n/", "/over/",
                   "/toegankelijkheid/", "/privacy/")


class RequireMFAForPowersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(EXEMPT_PREFIXES)
            and requires_mfa(user)
            and not has_mfa(user)
        ):
            messages.warning(
                request,
                _(
                    "You are an expert or curator. Set up two-factor authentication "
                    "before you continue: it protects the powers that come with your role."
                ),
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
