"""Accounts that never confirmed their address are removed after 30 days; others stay."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_prune_removes_only_old_unconfirmed_accounts():
    old = timezone.now() - timedelta(days=31)
    stale = UserFactory(verified=False, date_joined=old)
    fresh = UserFactory(verified=False)
    confirmed = UserFactory(date_joined=old)
    call_command("prune_unverified_accounts")
    assert not User.objects.filter(pk=stale.pk).exists()
    assert User.objects.filter(pk=fresh.pk).exists()
    assert User.objects.filter(pk=confirmed.pk).exists()
