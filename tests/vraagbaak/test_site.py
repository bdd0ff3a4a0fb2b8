"""The site around the parts: statements, language, errors, health check, security headers."""

import json
from http import HTTPStatus
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from vraagbaak.site.errors import csrf_failure

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["about", "accessibility", "privacy"])
@pytest.mark.parametrize(("language", "word"), [("nl", "de"), ("en", "the")])
def test_statement_pages_exist_per_language(client, name, language, word):
    client.cookies["django_language"] = language
    response = client.get(reverse(f"vraagbaak:{name}"))
    assert response.status_code == HTTPStatus.OK
    assert f'<html lang="{language}"' in response.content.decode()
    assert f" {word} " in response.content.decode()


def test_dutch_is_the_default_language(client):
    response = client.get(reverse("vraagbaak:home"))
    assert '<html lang="nl"' in response.content.decode()
    assert "Vragen" in response.content.decode()


def test_language_switch_keeps_the_page(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/over/"})
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == "/over/"
    page = client.get("/over/").content.decode()
    assert '<html lang="en"' in page
    assert "Questions" in page


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == HTTPStatus.OK
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_reports_database_down(client):
    broken = mock.Mock()
    broken.cursor.side_effect = OperationalError("connection refused")
    with mock.patch("vraagbaak.site.outage.connection", broken):
        response = client.get("/healthz")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json()["database"] == "unavailable"


def test_404_in_site_layout_and_language(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == HTTPStatus.NOT_FOUND
    content = response.content.decode()
    assert 'lang="nl"' in content and "inhoud" in content
    client.cookies["django_language"] = "en"
    assert 'lang="en"' in client.get("/bestaat-niet/").content.decode()


def test_403_page(rf):
    from vraagbaak.site.errors import permission_denied

    request = rf.get("/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    response = permission_denied(request)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert b"<main" in response.content


def test_500_page_renders_without_context(rf):
    from vraagbaak.site.errors import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    assert b"<html" in response.content


def test_429_page(client):
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from vraagbaak.site.errors import too_many_requests

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    response = too_many_requests(request)
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS


@override_settings(DEBUG=False)
def test_security_headers(client):
    response = client.get(reverse("vraagbaak:home"))
    csp = response.headers["Content-Security-Policy"]
    for directive in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
                      "script-src 'self'"]:
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_inline_script_or_style_without_nonce(client):
    import re

    content = client.get(reverse("vraagbaak:home")).content.decode()
    for tag in re.findall(r"<(?:script|style)\b[^>]*>", content):
        assert "nonce=" in tag or "src=" in tag, tag
    assert " style=" not in content


def test_browser_language_does_not_override_dutch(client):
    """Dutch first: an English browser still gets Dutch until the visitor chooses English."""
    response = client.get(reverse("vraagbaak:home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="nl"' in response.content.decode()
    assert response.headers["Content-Language"] == "nl"


@pytest.mark.django_db
def test_csrf_failure_page_has_the_site_layout_and_language(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(reverse("accounts:profile-edit"), {"display_name": "X"},
                           HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == HTTPStatus.FORBIDDEN
    page = response.content.decode()
    assert 'id="csrf-failure"' in page and 'lang="nl"' in page
    assert "CSRF verification failed" not in page


@pytest.mark.django_db
def test_csrf_failure_page_is_in_the_language_the_visitor_chose(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    client.cookies["django_language"] = "en"
    response = client.post(reverse("accounts:profile-edit"), {"display_name": "X"})
    assert response.status_code == HTTPStatus.FORBIDDEN
    page = response.content.decode()
    assert 'id="csrf-failure"' in page and '<html lang="en"' in page
    assert "The form could not be sent" in page and 'id="inhoud"' in page
    assert "CSRF verification failed" not in page


@pytest.mark.django_db
def test_an_api_address_never_gets_the_csrf_page(member):
    """Under /api/ a refused POST is JSON (a 405 where the address exists), never Django's
    English CSRF page nor the site's."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    for url in ("/api/v1/initiatives/", "/api/v1/bestaat-niet/"):
        response = client.post(url)
        assert response.status_code in (HTTPStatus.METHOD_NOT_ALLOWED, HTTPStatus.NOT_FOUND)
        assert "csrf" not in response.content.decode().lower()
    request = RequestFactory().post("/api/v1/initiatives/")
    response = csrf_failure(request, reason="CSRF cookie not set.")
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert json.loads(response.content) == {"error": "forbidden"}
