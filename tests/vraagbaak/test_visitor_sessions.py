
"""Visitors who only read get no session; a question's view is counted once per visitor per period,
members included; expired sessions are cleared daily by the periodic jobs."""

from datetime import timedelta
from http import HTTPStatus
from io import StringIO
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import InitiativeFactory, make_member
from vraagbaak.services.view_counts import view_counts_flush

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(question, answer, theme):
    initiative = InitiativeFactory(themes=[theme])
    return [
        reverse("vraagbaak:home"),
        reverse("vraagbaak:question-list"),
        question.get_absolute_url(),
        reverse("vraagbaak:search") + "?q=taalmodel",
        reverse("initiatives:initiative-list"),
        initiative.get_absolute_url(),
        reverse("initiatives:theme-list"),
        reverse("initiatives:theme-detail", args=[theme.slug]),
        reverse("accounts:organisation-list"),
        initiative.lead_organisation.get_absolute_url(),
    ]


def test_reading_visitor_gets_no_session(client, pages):
    for url in pages:
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, url
        assert settings.SESSION_COOKIE_NAME not in response.cookies, url
    assert Session.objects.count() == 0


def test_view_counts_once_per_visitor(question):
    visitor = Client(REMOTE_ADDR="192.0.2.10", HTTP_USER_AGENT="Firefox")
    for _ in range(3):
        visitor.get(question.get_absolute_url())
    view_counts_flush()
    question.refresh_from_db()
    assert question.view_count == 1


def test_different_visitors_each_count(question):
    Client(REMOTE_ADDR="192.0.2.10", HTTP_USER_AGENT="Firefox").get(question.get_absolute_url())
    Client(REMOTE_ADDR="192.0.2.11", HTTP_USER_AGENT="Firefox").get(question.get_absolute_url())
    Client(REMOTE_ADDR="192.0.2.10", HTTP_USER_AGENT="Chromium").get(question.get_absolute_url())
    view_counts_flush()
    question.refresh_from_db()
    assert question.view_count == 3


def test_member_counts_once_across_browsers(question):
    member = make_member()
    for address in ("192.0.2.10", "198.51.100.7"):
        browser = Client(REMOTE_ADDR=address)
        browser.force_login(member)
        browser.get(question.get_absolute_url())
    view_counts_flush()
    question.refresh_from_db()
    assert question.view_count == 1


def test_visitor_counts_again_after_the_period(question, settings):
    from vraagbaak.services.questions import QUESTION_VIEW_PERIOD

    # The clock is mocked in this process only: Redis would expire the key by its own clock.
    settings.CACHES = {**settings.CACHES, "views": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "views-period"}}
    visitor = Client(REMOTE_ADDR="192.0.2.10")
    visitor.get(question.get_absolute_url())
    later = timezone.now() + QUESTION_VIEW_PERIOD + timedelta(minutes=1)
    with mock.patch("time.time", return_value=later.timestamp()):
        visitor.get(question.get_absolute_url())
    view_counts_flush()
    question.refresh_from_db()
    assert question.view_count == 2


def test_periodic_jobs_clear_expired_sessions(db):
    expired = SessionStore()
    expired.set_expiry(-60)
    expired.create()
    current = SessionStore()
    current.create()
    call_command("run_periodic", "--once", stdout=StringIO())
    assert list(Session.objects.values_list("session_key", flat=True)) == [current.session_key]
