"""Single sign-on through OpenID Connect providers, configured from the environment.

OIDC_PROVIDERS names the providers, comma-separated (`broker,zwolle`); for each id, in
capitals (`BROKER`), the variables OIDC_<ID>_...:

- ISSUER        the provider's issuer URL (its /.well-known/openid-configuration is read);
                https, except on localhost
- CLIENT_ID     the client id the provider gave the portal
- SECRET        its client secret
- NAME          the name on the sign-in button (default: the id)
- DOMAINS       e-mail domains the provider vouches for (patterns as SIGNUP_ALLOWED_DOMAINS:
                `zwolle.nl`, `*.rijksoverheid.nl`); addresses outside them are refused, and
                addresses inside them may sign up. Empty: the portal's own admission rules only
- ORGANISATION  the slug of the organisation its people join (empty: by e-mail domain)
- MFA_AMR       `amr` values that count as a second factor at the provider (`mfa,otp,hwk`)
- MFA_ACR       `acr` values that do so (a level of assurance, e.g. `http://eidas.europa.eu/LoA/substantial`)
                Both empty: the provider's word is never taken; experts and curators then do
                the portal's own second factor after signing in.

The result is the `APPS` list of allauth's openid_connect provider (SOCIALACCOUNT_PROVIDERS);
our rules ride along in each app's settings under "vraagbaak" (read by accounts/sso.py).
"""

import os
import re
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

PROVIDER_ID = re.compile(r"^[a-z][a-z0-9_]{0,29}$")
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def _list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _issuer(name: str, value: str) -> str:
    parts = urlsplit(value)
    local = parts.hostname in LOCAL_HOSTS
    if not parts.hostname or parts.scheme not in ({"https", "http"} if local else {"https"}):
        raise ImproperlyConfigured(
            f"{name}: {value!r} is not an https URL of an OpenID Connect issuer "
            "(plain http only on localhost)."
        )
    return value.rstrip("/")


def _domains(name: str, value: str) -> list[str]:
    from accounts.domain_patterns import pattern_problem

    domains = [domain.lower() for domain in _list(value)]
    for domain in domains:
        if domain == "*" or (problem := pattern_problem(domain)):
            raise ImproperlyConfigured(
                f"{name}: {domain!r}: "
                + (problem if domain != "*" else "a provider cannot vouch for every domain")
                + "."
            )
    return domains


def oidc_app(provider_id: str, environ=os.environ) -> dict:
    """One entry of the openid_connect provider's APPS, from OIDC_<ID>_* (see above)."""
    prefix = f"OIDC_{provider_id.upper()}_"

    def get(key: str, required: bool = False) -> str:
        value = environ.get(prefix + key, "").strip()
        if required and not value:
            raise ImproperlyConfigured(
                f"OIDC_PROVIDERS names {provider_id!r}: set {prefix}{key} as well."
            )
        return value

    return {
        "provider_id": provider_id,
        "name": get("NAME") or provider_id,
        "client_id": get("CLIENT_ID", required=True),
        "secret": get("SECRET", required=True),
        "settings": {
            "server_url": _issuer(prefix + "ISSUER", get("ISSUER", required=True)),
            "fetch_userinfo": True,
            "oauth_pkce_enabled": True,
            "vraagbaak": {
                "domains": _domains(prefix + "DOMAINS", get("DOMAINS")),
                "organisation": get("ORGANISATION"),
                "mfa_amr": _list(get("MFA_AMR")),
                "mfa_acr": _list(get("MFA_ACR")),
            },
        },
    }


def form_action_origins(apps: list[dict]) -> list[str]:
    """The issuers' origins, for the Content-Security-Policy's form-action: our confirming
    post is answered with a redirect to the provider, which browsers hold to form-action.
    (A provider whose authorisation endpoint lives on another origin than its issuer needs
    that origin added here.)"""
    origins = []
    for app in apps:
        parts = urlsplit(app["settings"]["server_url"])
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in origins:
            origins.append(origin)
    return origins


def oidc_apps_from_env(environ=os.environ) -> list[dict]:
    """Every provider OIDC_PROVIDERS names; none when it is empty."""
    ids = [item.lower() for item in _list(environ.get("OIDC_PROVIDERS", ""))]
    for provider_id in ids:
        if not PROVIDER_ID.match(provider_id):
            raise ImproperlyConfigured(
                f"OIDC_PROVIDERS: {provider_id!r} is not a provider id: use lowercase letters, "
                "digits and '_', starting with a letter (it becomes part of the variables' "
                "names and of the sign-in address)."
            )
    if len(set(ids)) != len(ids):
        raise ImproperlyConfigured("OIDC_PROVIDERS names a provider twice.")
    return [oidc_app(provider_id, environ) for provider_id in ids]
