"""A real OpenID Connect provider for the SSO tests: oidc-provider-mock, run in a thread.

`oidc_server` starts it once per test session; `oidc_provider` configures the portal with
it (as OIDC_* in the environment would, through vraagbaak/settings/sso.py) and gives a
small driver: `person(...)` makes someone at the provider, `sign_in(client, sub)` goes
through the whole login with Django's test client: our confirming post, the provider's
authorisation (a real HTTP request), and the callback, where the portal fetches the tokens
and the user info from the provider over HTTP.
"""

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
import requests
from django.utils.csp import CSP
from oidc_provider_mock import run_server_in_thread

from vraagbaak.settings.sso import form_action_origins, oidc_apps_from_env

# The provider runs on plain http on localhost; authlib refuses that unless told.
os.environ.setdefault("AUTHLIB_INSECURE_TRANSPORT", "1")


@pytest.fixture(scope="session")
def oidc_server():
    with run_server_in_thread() as server:
        yield f"http://localhost:{server.server_port}"


def provider_env(issuer: str, provider_id: str = "rijk", **values: str) -> dict[str, str]:
    env = {"ISSUER": issuer, "CLIENT_ID": "vraagbaak", "SECRET": "geheim", **values}
    return {f"OIDC_{provider_id.upper()}_{key}": value for key, value in env.items()}


@dataclass
class Provider:
    issuer: str
    settings: object

    def configure(self, **providers: dict[str, str]) -> None:
        """Configure providers by id, each with its OIDC_<ID>_* values (without the prefix)."""
        environ = {"OIDC_PROVIDERS": ",".join(providers)}
        for provider_id, values in providers.items():
            environ |= provider_env(self.issuer, provider_id, **values)
        apps = oidc_apps_from_env(environ)
        self.settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": apps}}
        # As base.py does: the browser must be let on from our confirming post to the provider.
        self.settings.SECURE_CSP = {
            **self.settings.SECURE_CSP, "form-action": [CSP.SELF, *form_action_origins(apps)]
        }

    def person(self, sub: str, **claims) -> str:
        response = requests.put(f"{self.issuer}/users/{sub}", json=claims, timeout=10)
        response.raise_for_status()
        return sub

    def authorize(self, url: str, sub: str) -> str:
        """Choose `sub` on the provider's page of `url`: the callback address it sends back to."""
        response = requests.post(url, data={"sub": sub}, allow_redirects=False, timeout=10)
        assert response.status_code == 302, response.text
        return response.headers["location"]

    def sign_in(self, client, sub: str, provider_id: str = "rijk"):
        """The whole login in the test client; the response of our callback."""
        started = client.post(f"/account/oidc/{provider_id}/login/")
        assert started.status_code == 302 and started.url.startswith(self.issuer), started
        callback = urlsplit(self.authorize(started.url, sub))
        return client.get(f"{callback.path}?{callback.query}")


@pytest.fixture
def oidc_provider(oidc_server, settings):
    provider = Provider(issuer=oidc_server, settings=settings)
    provider.configure(rijk={"NAME": "Rijksportaal"})
    return provider
