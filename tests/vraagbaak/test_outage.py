"""A database outage answers 503 with Retry-After in the site's layout and language, never a 500;
the health check answers before sessions and authentication, with or without a session cookie."""

from contextlib import contextmanager
from http import HTTPStatus
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError, connections
from django.test import override_settings
from django.urls import reverse

from vraagbaak.models import Question

pytestmark = pytest.mark.django_db

ASK = reverse("vraagbaak:question-ask")


@contextmanager
def database_down(error=OperationalError):
    """Every query (and every savepoint that ATOMIC_REQUESTS opens) fails as if the server were gone."""
    failure = error("server closed the connection unexpectedly")
    with mock.patch.object(connections["default"], "cursor", side_effect=failure):
        yield


def assert_unavailable(response, language="nl"):
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert int(response.headers["Retry-After"]) > 0
    assert response.headers["Content-Type"].startswith("text/html")
    content = response.content.decode()
    assert f'<html lang="{language}"' in content
    assert 'id="inhoud"' in content and "portal-header" in content


def test_outage_on_a_page_answers_503_with_retry_after(client, question):
    with database_down():
        response = client.get(question.get_absolute_url())
    assert_unavailable(response)
    assert "no-store" in response.headers["Cache-Control"]


def test_outage_page_is_in_the_chosen_language(client):
    client.cookies["django_language"] = "en"
    with database_down():
        response = client.get(reverse("vraagbaak:home"))
    assert_unavailable(response, language="en")
    assert "Try again" in response.content.decode()


def test_outage_answers_503_for_a_lost_connection_too(client):
    with database_down(InterfaceError):
        response = client.get(reverse("vraagbaak:question-list"))
    assert_unavailable(response)


def test_outage_with_a_session_cookie_answers_503(member_client, question):
    """The session is read by middleware before any view: that failure is an outage too."""
    member_client.raise_request_exception = False
    with database_down():
        response = member_client.get(question.get_absolute_url())
    assert_unavailable(response)


def test_outage_while_posting_a_question_answers_503_and_writes_nothing(member_client, theme):
    member_client.raise_request_exception = False
    data = {"title": "Hoe anonimiseer ik documenten met AI?", "body": "Wij willen stukken lakken.",
            "theme": theme.pk, "tags": "Woo", "action": "post"}
    with database_down():
        response = member_client.post(ASK, data)
    assert_unavailable(response)
    assert not Question.objects.exists()


def test_other_database_errors_stay_500(client):
    """Only an unreachable database is an outage; a broken query is a bug and must be seen as one."""
    from django.db import IntegrityError

    client.raise_request_exception = False
    with database_down(IntegrityError):
        response = client.get(reverse("vraagbaak:home"))
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR


def test_healthz_with_a_session_cookie_answers_ok(member_client):
    response = member_client.get("/healthz")
    assert response.status_code == HTTPStatus.OK
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_with_a_session_cookie_reports_an_outage_as_503(member_client):
    with database_down():
        response = member_client.get("/healthz")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json() == {"status": "error", "database": "unavailable"}
    assert int(response.headers["Retry-After"]) > 0


@override_settings(SECURE_SSL_REDIRECT=True)
def test_healthz_answers_a_plain_http_probe_instead_of_redirecting(client):
    """The container's probe speaks plain HTTP; a redirect would pass it even with the database down."""
    with database_down():
        response = client.get("/healthz")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE


def test_outage_page_renders_without_the_database():
    from django.test import RequestFactory

    from vraagbaak.site.outage import unavailable_response

    with database_down():
        response = unavailable_response(RequestFactory().post(ASK))
    assert_unavailable(response)
