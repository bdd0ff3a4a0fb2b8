"""The live server the browser tests drive answers requests that arrive at the same time.

A page fires fetches (search as you type, previews) while a form is posted; on in-memory
SQLite they would collide (see the live server in conftest)."""

from concurrent.futures import ThreadPoolExecutor
from urllib.request import urlopen

import pytest

from tests.factories import ThemeFactory, make_member
from vraagbaak.services.questions import question_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_requests_at_the_same_time_all_succeed(live_server):
    question = question_create(author=make_member(), title="Wie gebruikt al een taalmodel?",
                               body="Wij zoeken ervaringen.", theme=ThemeFactory())
    paths = ["/", "/vragen/", question.get_absolute_url(), "/initiatieven/"] * 6

    def status(path):
        with urlopen(live_server.url + path, timeout=30) as response:  # noqa: S310 (http to the test server)
            return response.status

    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(status, paths))
    assert statuses == [200] * len(paths)
