"""Behind the TLS proxy (BEHIND_TLS_PROXY), allauth's per-IP rate limits count each client by
the address the trusted proxy forwards, not everyone as the proxy's one address; without
the proxy setting the forwarded header is not trusted."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def _failed_login(client, n):
    response = client.post(reverse("account_login"),
                           {"login": f"niemand{n}@rijksoverheid.nl", "password": "verkeerd-123"})
    return {e.code for e in response.context["form"].non_field_errors().as_data()}


def _limited_after_ten(first, second):
    for n in range(10):
        assert "too_many_login_attempts" not in _failed_login(first, n)
    assert "too_many_login_attempts" in _failed_login(first, 10)
    return "too_many_login_attempts" in _failed_login(second, 11)


def test_clients_behind_the_proxy_are_limited_separately(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    first = Client(headers={"x-forwarded-for": "203.0.113.7"})
    second = Client(headers={"x-forwarded-for": "198.51.100.23"})
    assert not _limited_after_ten(first, second)


def test_forwarded_address_is_not_trusted_without_the_proxy_setting():
    first = Client(headers={"x-forwarded-for": "203.0.113.7"})
    second = Client(headers={"x-forwarded-for": "198.51.100.23"})
    assert _limited_after_ten(first, second)


def _settings_with(env):
    code = ("import json; from django.conf import settings as s; print(json.dumps("
            "[s.ALLAUTH_TRUSTED_PROXY_COUNT, s.ALLAUTH_TRUSTED_CLIENT_IP_HEADER]))")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ALLAUTH_")}
    environment.update({"DJANGO_SETTINGS_MODULE": "vraagbaak.settings.production",
                        "SECRET_KEY": "x" * 50, **env})
    result = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT, env=environment, capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout)


def test_proxy_settings_come_from_the_environment():
    assert _settings_with({"BEHIND_TLS_PROXY": "true"}) == [1, None]
    assert _settings_with({"BEHIND_TLS_PROXY": "true", "ALLAUTH_TRUSTED_PROXY_COUNT": "2",
                           "ALLAUTH_TRUSTED_CLIENT_IP_HEADER": "X-Real-IP"}) == [2, "X-Real-IP"]
