"""Owners keep entries current: once a year the owner and the contact person of a published
initiative nobody confirmed for a year get a reminder, and not again within the year; a
confirmed, an unpublished or a recently reminded entry gets none."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.notifications.kinds import NotificationKind
from accounts.notifications.models import Notification
from initiatives.reminders import confirmation_reminders_send, due_for_reminder
from initiatives.vocabularies import PublicationState
from tests.factories import InitiativeFactory, make_member

pytestmark = pytest.mark.django_db

YEAR_AGO = timezone.now() - timedelta(days=400)


def stale(**extra):
    return InitiativeFactory(publication_state=PublicationState.PUBLISHED, published_at=YEAR_AGO,
                             confirmed_at=YEAR_AGO, **extra)


def test_owner_and_contact_are_reminded_once_a_year(django_capture_on_commit_callbacks):
    owner, contact = make_member(), make_member()
    initiative = stale(submitted_by=owner, contact_user=contact)
    with django_capture_on_commit_callbacks(execute=True):
        out = io.StringIO()
        call_command("remind_to_confirm", stdout=out)
    assert "1 initiative(s) reminded" in out.getvalue()
    told = Notification.objects.filter(kind=NotificationKind.CONFIRM_DUE, target_id=initiative.pk)
    assert set(told.values_list("recipient", flat=True)) == {owner.pk, contact.pk}
    # By default at once by e-mail, as the notification preferences say.
    assert {address for m in mail.outbox for address in m.to} == {owner.email, contact.email}
    # The next day: not again.
    with django_capture_on_commit_callbacks(execute=True):
        assert confirmation_reminders_send() == 0
    assert told.count() == 2
    # A year later, still unconfirmed: again.
    later = timezone.now() + timedelta(days=366)
    assert initiative in due_for_reminder(later)


def test_confirmed_unpublished_and_ownerless_entries_get_no_mail(django_capture_on_commit_callbacks):
    InitiativeFactory(publication_state=PublicationState.PUBLISHED, confirmed_at=timezone.now(),
                      submitted_by=make_member())
    InitiativeFactory(publication_state=PublicationState.SUBMITTED, published_at=YEAR_AGO,
                      confirmed_at=YEAR_AGO, submitted_by=make_member())
    stale()  # imported, nobody to ask: stays on the curators' list only
    with django_capture_on_commit_callbacks(execute=True):
        assert confirmation_reminders_send() == 0
    assert mail.outbox == []


def test_a_contact_address_without_an_account_is_reminded(django_capture_on_commit_callbacks):
    stale(contact_email="Team@Gemeente.example")
    with django_capture_on_commit_callbacks(execute=True):
        assert confirmation_reminders_send() == 1
    assert mail.outbox[0].to == ["team@gemeente.example"]


def test_a_member_who_turned_the_reminder_off_gets_none(django_capture_on_commit_callbacks):
    from accounts.notifications.kinds import Delivery
    from accounts.notifications.services import preferences_set

    owner = make_member()
    preferences_set(user=owner, deliveries={NotificationKind.CONFIRM_DUE: Delivery.OFF})
    stale(submitted_by=owner)
    with django_capture_on_commit_callbacks(execute=True):
        confirmation_reminders_send()
    assert not Notification.objects.filter(recipient=owner).exists() and mail.outbox == []
