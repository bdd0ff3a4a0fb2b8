"""Browser fixtures: one headless Chromium per test session, a fresh context per test.

Chromium comes from the system (`apt-get install chromium`), not from Playwright's
own download: set CHROMIUM_PATH to use another binary. A browser that does not
start fails the test: a skipped accessibility check would look like a passed one.
"""

import contextlib
import os
import threading

import pytest
from django.conf import settings
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import connections
from django.test.testcases import LiveServerThread
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an event loop in the test thread; without this Django
# refuses database access from the test ("You cannot call this from an async context").
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


class _OneRequestAtATimeOnSQLite(ThreadedWSGIServer):
    """The live server, running one request at a time when the test database is SQLite's.

    The test database is SQLite in memory. Two requests at once (a form post while the
    page's search-as-you-type fetch still runs) then collide: on the test's one shared
    connection their ATOMIC_REQUESTS savepoints nest in each other ("no such savepoint"),
    on connections of their own the shared cache refuses one ("database table is locked").
    Which of the two depends on whether the session's live server started before the test
    database. Only the application call is serialised: keep-alive sockets stay open side by
    side. On PostgreSQL the server runs requests in parallel, as production does.
    """

    def set_app(self, application):
        if connections["default"].vendor != "sqlite":
            return super().set_app(application)
        lock = threading.Lock()

        def one_at_a_time(environ, start_response):
            with lock:
                return application(environ, start_response)

        return super().set_app(one_at_a_time)


LiveServerThread.server_class = _OneRequestAtATimeOnSQLite

# The TOTP secret of the experts in the browser journeys (the demo's, see accounts/demo.py).
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def chromium():
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS
            )
        except PlaywrightError as error:
            pytest.fail(
                f"Chromium did not start from {executable!r}; install it "
                f"(apt-get install chromium) or set CHROMIUM_PATH.\n{error}",
                pytrace=False,
            )
        yield browser
        browser.close()


class _TrackingBrowser:
    """The session's Chromium, remembering the contexts one test opens so they all close."""

    def __init__(self, browser):
        self._browser = browser
        self.contexts = []

    def new_context(self, **options):
        context = self._browser.new_context(**options)
        self.contexts.append(context)
        return context

    def __getattr__(self, name):
        return getattr(self._browser, name)


def _close_quietly(context) -> None:
    # Let requests in flight finish first: a page left open would otherwise reach the
    # live server during the next test, whose database it no longer shares.
    for open_page in context.pages:
        with contextlib.suppress(PlaywrightError):
            open_page.wait_for_load_state("networkidle", timeout=3000)
    context.close()


@pytest.fixture
def browser(chromium):
    tracking = _TrackingBrowser(chromium)
    yield tracking
    for context in tracking.contexts:
        _close_quietly(context)


@pytest.fixture
def page(browser, live_server):
    """A page in a fresh context (no cookies), Dutch, 1280x800; goto("/over/") is relative."""
    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        viewport={"width": 1280, "height": 800},
    )
    return context.new_page()


@pytest.fixture
def use_language(page, live_server):
    """Call with a language code to make the live server answer in it, as the language switch would."""

    def use(language: str) -> None:
        page.context.add_cookies(
            [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
        )

    return use


@pytest.fixture
def moderation_cast(db):
    """A theme with its expert (TOTP with the demo secret), an asker, a newcomer and a flagger."""
    from types import SimpleNamespace

    from allauth.mfa.totp.internal.auth import TOTP

    from accounts import roles
    from tests.factories import ThemeFactory, make_member, make_role

    theme = ThemeFactory()
    expert = make_role(roles.EXPERT, mfa=False, display_name="Lotte Visser")
    TOTP.activate(expert, TOTP_SECRET)
    theme.experts.add(expert)
    return SimpleNamespace(
        theme=theme, expert=expert,
        asker=make_member(display_name="Sanne de Vries"),
        newcomer=make_member(display_name="Eva Jansen"),
        flagger=make_member(display_name="Pieter Bakker"),
    )
