import pytest
from django.db import connection

from accounts import roles
from tests.factories import MFAClient, make_member, make_role
from tests.migration_data import restore_migration_data


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached totals of one test must not reach the next."""
    from django.core.cache import cache

    cache.clear()


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


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests (search, trigram) are deselected on SQLite runs, not skipped:
    they do not count as passed there, and scripts/test runs them on PostgreSQL."""
    if connection.vendor == "postgresql":
        return
    deselected = [item for item in items if item.get_closest_marker("postgres")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("postgres")]
