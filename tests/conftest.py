import pytest

from accounts import roles
from tests.factories import make_member, make_role


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
