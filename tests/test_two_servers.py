"""Two app servers behind one PostgreSQL and one Redis behave as one site: the sign-in rate
limit counts across them, a write through one shows at once through the other (anonymous
pages cached, as in production), and a session started on one works on the other."""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http import HTTPStatus
from pathlib import Path

import pytest
from django.db import connection

from tests.factories import make_member
from vraagbaak.services.questions import question_create

pytestmark = [pytest.mark.two_servers, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parent.parent
# allauth's message, in Dutch (the default language) or English.
TOO_MANY = re.compile(r"Te veel inlogpogingen|Too many failed login attempts")
PASSWORD = "geheim-wachtwoord-123"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url() -> str:
    db = connection.settings_dict
    user = urllib.parse.quote(db["USER"] or "")
    password = ":" + urllib.parse.quote(db["PASSWORD"]) if db["PASSWORD"] else ""
    return f"postgres://{user}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def servers():
    """Two gunicorn instances with one worker each, on two loopback ports."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vraagbaak.settings.test",
        "DATABASE_URL": _database_url(),
        "PAGE_CACHE_SECONDS": "600",
        "ANSWER_REVIEW_THRESHOLD": "0",
    }
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    started = []
    try:
        for _ in range(2):
            port = _free_port()
            process = subprocess.Popen(  # noqa: S603 (our own gunicorn)
                [gunicorn, "vraagbaak.wsgi:application", "--workers", "1", "--bind", f"127.0.0.1:{port}",
                 "--log-level", "warning"],
                cwd=ROOT, env=env, start_new_session=True,
            )
            started.append((process, f"http://127.0.0.1:{port}"))
        for process, base in started:
            _wait_until_up(process, base)
        yield [base for _, base in started]
    finally:
        for process, _ in started:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)


def _wait_until_up(process, base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn at {base} stopped with {process.returncode}")
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2).read()  # noqa: S310 (loopback)
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"gunicorn did not answer at {base}")


class Browser:
    """One visitor: one cookie jar for both servers (same host, other port), no redirects followed."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def get(self, url: str):
        return self._open(urllib.request.Request(url))  # noqa: S310 (loopback)

    def post(self, url: str, data: dict, *, page: str):
        """POST `data` with the CSRF token of the form on `page` (fetched from the same server)."""
        _, html, _ = self.get(page)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        request = urllib.request.Request(url, data=body, headers={"Referer": page})  # noqa: S310
        return self._open(request)

    def _open(self, request):
        try:
            with self.opener.open(request, timeout=20) as response:
                return response.status, response.read().decode(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.headers

    def sign_in(self, base: str, email: str, password: str):
        return self.post(f"{base}/account/login/", {"login": email, "password": password},
                         page=f"{base}/account/login/")


def test_sign_in_rate_limit_holds_across_servers(servers):
    a, b = servers
    member = make_member()
    browser = Browser()
    # allauth: 5 failed sign-ins per 5 minutes per address. Alternating servers, each alone has
    # seen at most 3: only a count they share stops the sixth, even with the right password.
    for attempt in range(5):
        status, html, _ = browser.sign_in(servers[attempt % 2], member.email, "fout-wachtwoord")
        assert status == HTTPStatus.OK, (attempt, status)
        assert not TOO_MANY.search(html), attempt
    status, html, _ = browser.sign_in(b, member.email, "fout-wachtwoord")
    assert status == HTTPStatus.OK and TOO_MANY.search(html)
    status, html, _ = browser.sign_in(a, member.email, PASSWORD)
    assert status == HTTPStatus.OK and TOO_MANY.search(html)


def test_a_session_started_on_one_works_on_the_other(servers):
    a, b = servers
    member = make_member(display_name="Gedeelde Sessie")
    browser = Browser()
    status, _, headers = browser.sign_in(a, member.email, PASSWORD)
    assert status == HTTPStatus.FOUND, status
    status, html, _ = browser.get(f"{b}/meldingen/")
    assert status == HTTPStatus.OK
    assert "Gedeelde Sessie" in html
    status, _, headers = Browser().get(f"{b}/meldingen/")
    assert status == HTTPStatus.FOUND and "/account/login/" in headers["Location"]


def test_a_write_through_one_is_seen_at_once_through_the_other(servers, django_db_blocker):
    a, b = servers
    from tests.factories import ThemeFactory

    question = question_create(author=make_member(), title="Vraag over twee servers en een cache",
                               body="Wie weet het?", theme=ThemeFactory(), tags=[])
    page = question.get_absolute_url()
    reader = Browser()
    for _ in range(2):  # the second read comes from the cache
        status, html, headers = reader.get(b + page)
        assert status == HTTPStatus.OK
    assert headers["X-Page-Cache"] == "hit"
    assert not list(reader.jar), "a reader gets no cookie"
    writer = Browser()
    member = make_member()
    assert writer.sign_in(a, member.email, PASSWORD)[0] == HTTPStatus.FOUND
    status, _, _ = writer.post(f"{a}/vragen/{question.pk}/antwoorden/",
                               {"body": "Een antwoord dat via server A binnenkwam."}, page=a + page)
    assert status == HTTPStatus.FOUND
    status, html, headers = reader.get(b + page)
    assert status == HTTPStatus.OK
    assert "Een antwoord dat via server A binnenkwam." in html
