"""OIDC_* in the environment become allauth's openid_connect apps (vraagbaak/settings/sso.py);
a configuration that cannot work stops the start with a message naming the variable."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from vraagbaak.settings.sso import form_action_origins, oidc_apps_from_env

BROKER = {
    "OIDC_BROKER_ISSUER": "https://login.rijksbroker.example.nl/",
    "OIDC_BROKER_CLIENT_ID": "ai-vraagbaak",
    "OIDC_BROKER_SECRET": "s3cret",
}


def test_no_providers_by_default():
    assert oidc_apps_from_env({}) == []
    assert oidc_apps_from_env({"OIDC_PROVIDERS": " , "}) == []


def test_one_provider_with_defaults():
    [app] = oidc_apps_from_env({"OIDC_PROVIDERS": "broker", **BROKER})
    assert app["provider_id"] == "broker"
    assert app["name"] == "broker"
    assert (app["client_id"], app["secret"]) == ("ai-vraagbaak", "s3cret")
    assert app["settings"]["server_url"] == "https://login.rijksbroker.example.nl"
    assert app["settings"]["oauth_pkce_enabled"] is True
    assert app["settings"]["vraagbaak"] == {
        "domains": [], "organisation": "", "mfa_amr": [], "mfa_acr": [],
    }


def test_several_providers_with_their_rules():
    environ = {
        "OIDC_PROVIDERS": "broker, Zwolle",
        **BROKER,
        "OIDC_BROKER_NAME": "SSO-Rijk",
        "OIDC_BROKER_MFA_AMR": "mfa, otp,hwk",
        "OIDC_BROKER_MFA_ACR": "http://eidas.europa.eu/LoA/substantial",
        "OIDC_ZWOLLE_ISSUER": "https://login.microsoftonline.com/tenant/v2.0",
        "OIDC_ZWOLLE_CLIENT_ID": "zwolle",
        "OIDC_ZWOLLE_SECRET": "x",
        "OIDC_ZWOLLE_DOMAINS": "Zwolle.nl,*.zwolle.nl",
        "OIDC_ZWOLLE_ORGANISATION": "gemeente-zwolle",
    }
    broker, zwolle = oidc_apps_from_env(environ)
    assert broker["name"] == "SSO-Rijk"
    assert broker["settings"]["vraagbaak"]["mfa_amr"] == ["mfa", "otp", "hwk"]
    assert broker["settings"]["vraagbaak"]["mfa_acr"] == ["http://eidas.europa.eu/LoA/substantial"]
    assert zwolle["provider_id"] == "zwolle"
    assert zwolle["settings"]["vraagbaak"]["domains"] == ["zwolle.nl", "*.zwolle.nl"]
    assert zwolle["settings"]["vraagbaak"]["organisation"] == "gemeente-zwolle"


def test_plain_http_issuer_only_on_localhost():
    [app] = oidc_apps_from_env({"OIDC_PROVIDERS": "broker", **BROKER,
                                "OIDC_BROKER_ISSUER": "http://localhost:8080"})
    assert app["settings"]["server_url"] == "http://localhost:8080"
    with pytest.raises(ImproperlyConfigured, match=r"OIDC_BROKER_ISSUER.*https"):
        oidc_apps_from_env({"OIDC_PROVIDERS": "broker", **BROKER,
                            "OIDC_BROKER_ISSUER": "http://login.example.nl"})


@pytest.mark.parametrize("missing", ["OIDC_BROKER_ISSUER", "OIDC_BROKER_CLIENT_ID", "OIDC_BROKER_SECRET"])
def test_a_missing_variable_is_named(missing):
    environ = {"OIDC_PROVIDERS": "broker", **BROKER}
    del environ[missing]
    with pytest.raises(ImproperlyConfigured, match=f"set {missing} as well"):
        oidc_apps_from_env(environ)


@pytest.mark.parametrize("provider_id", ["sso-rijk", "1broker", "zwolle.nl", "a" * 31])
def test_a_bad_provider_id_is_refused(provider_id):
    with pytest.raises(ImproperlyConfigured, match="is not a provider id"):
        oidc_apps_from_env({"OIDC_PROVIDERS": provider_id})


def test_a_provider_named_twice_is_refused():
    with pytest.raises(ImproperlyConfigured, match="twice"):
        oidc_apps_from_env({"OIDC_PROVIDERS": "broker,BROKER", **BROKER})


@pytest.mark.parametrize(("domains", "problem"), [
    ("*", "every domain"),
    ("gemeente*.nl", "subdomains"),
    ("nl", "whole domain"),
])
def test_domains_a_provider_cannot_vouch_for_are_refused(domains, problem):
    with pytest.raises(ImproperlyConfigured, match=rf"OIDC_BROKER_DOMAINS.*{problem}"):
        oidc_apps_from_env({"OIDC_PROVIDERS": "broker", **BROKER, "OIDC_BROKER_DOMAINS": domains})


def test_the_settings_module_reads_the_environment(monkeypatch):
    """base.py hands OIDC_PROVIDERS to allauth: a fresh import sees the environment."""
    import importlib

    import vraagbaak.settings.base as base

    monkeypatch.setenv("OIDC_PROVIDERS", "broker")
    for name, value in BROKER.items():
        monkeypatch.setenv(name, value)
    try:
        fresh = importlib.reload(base)
        [app] = fresh.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"]
        assert app["provider_id"] == "broker"
        assert "https://login.rijksbroker.example.nl" in fresh.SECURE_CSP["form-action"]
    finally:
        monkeypatch.delenv("OIDC_PROVIDERS")
        importlib.reload(base)


def test_the_csp_lets_the_sign_in_on_to_each_issuer_once():
    apps = oidc_apps_from_env({
        "OIDC_PROVIDERS": "broker,entra,entra2", **BROKER,
        **{f"OIDC_{i}_{key}": value for i in ("ENTRA", "ENTRA2") for key, value in {
            "ISSUER": f"https://login.microsoftonline.com/{i.lower()}/v2.0",
            "CLIENT_ID": "c", "SECRET": "s"}.items()},
    })
    assert form_action_origins(apps) == ["https://login.rijksbroker.example.nl",
                                         "https://login.microsoftonline.com"]
    assert form_action_origins([]) == []
