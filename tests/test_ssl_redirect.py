"""With SECURE_SSL_REDIRECT on behind the TLS proxy, requests that reached the proxy over
https are served, plain http is redirected, and the container health check (plain http,
no proxy header) is exempt."""

from http import HTTPStatus

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def behind_proxy_with_redirect(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


def test_plain_http_is_redirected(behind_proxy_with_redirect):
    response = Client().get("/over/")
    assert response.status_code == HTTPStatus.MOVED_PERMANENTLY
    assert response.url.startswith("https://")


def test_https_through_the_proxy_is_served(behind_proxy_with_redirect):
    response = Client(headers={"x-forwarded-proto": "https"}).get("/over/")
    assert response.status_code == HTTPStatus.OK


def test_health_check_over_plain_http_is_not_redirected(behind_proxy_with_redirect):
    assert Client().get("/healthz").status_code == HTTPStatus.OK
