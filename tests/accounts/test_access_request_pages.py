"""An access request reaches the curators (a notification of its own kind to each curator with
powers, by e-mail as their preferences say) and a page of their own: approving may create the
organisation or add the address's domain, and the requester then signs up into it; rejecting
tells them. Visitors, members, experts and curators without their second factor never see or
decide them."""

from http import HTTPStatus

import pytest
from django.core import mail
from django.urls import reverse

from accounts.access_requests import curators_tell_of_request
from accounts.models import (
    AccessRequest,
    Organisation,
    OrganisationDomain,
    OrganisationLogEntry,
    User,
)
from accounts.notifications.kinds import Delivery, NotificationKind
from accounts.notifications.models import Notification
from accounts.notifications.services import preferences_set
from accounts.notifications.texts import notification_text
from tests.factories import OrganisationFactory, make_member, make_role

pytestmark = pytest.mark.django_db

REQUEST = {"name": "Anne de Boer", "email": "anne@ict-samenwerking.nl",
           "organisation_name": "ICT Samenwerking Noord", "motivation": "Ik bouw chatbots."}
PASSWORD = "Een-lang-wachtwoord-2026"
LIST = reverse("accounts:access-request-list")


def test_a_request_tells_every_curator_once(client, curator, django_capture_on_commit_callbacks):
    make_role("curator", mfa=False)  # without powers: not told
    make_role("expert")
    make_member()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:access-request"), REQUEST)
    request = AccessRequest.objects.get()
    told = Notification.objects.filter(kind=NotificationKind.ACCESS_REQUESTED)
    assert list(told.values_list("recipient", flat=True)) == [curator.pk]
    decide = reverse("accounts:access-request-decide", args=[request.pk])
    assert told.get().get_absolute_url() == decide
    assert "Anne de Boer" in notification_text(told.get())
    # At once by e-mail by default, leading to the request's page.
    mails = [m for m in mail.outbox if curator.email in m.to]
    assert len(mails) == 1 and decide in mails[0].body
    assert sum(len(m.to) for m in mail.outbox) == 1
    # The same event never reaches the curator twice.
    curators_tell_of_request(access_request=request)
    assert told.count() == 1
    # Once another curator decided, the notification is read and leads to the list.
    assert told.get().read_at is None
    client.force_login(make_role("curator"))
    client.post(decide, {"decision": "reject"})
    assert told.get().read_at is not None
    assert Notification.objects.get(pk=told.get().pk).get_absolute_url() == LIST
    request.delete()
    assert not told.exists()


def test_a_curator_who_turned_requests_off_is_not_told(
    client, curator, django_capture_on_commit_callbacks
):
    preferences_set(user=curator, deliveries={NotificationKind.ACCESS_REQUESTED: Delivery.DIGEST})
    other = make_role("curator")
    preferences_set(user=other, deliveries={NotificationKind.ACCESS_REQUESTED: Delivery.OFF})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:access-request"), REQUEST)
    told = Notification.objects.filter(kind=NotificationKind.ACCESS_REQUESTED)
    assert list(told.values_list("recipient", "delivery")) == [(curator.pk, Delivery.DIGEST)]
    assert mail.outbox == []


def test_the_list_and_decide_pages_in_few_queries(
    client, curator, django_assert_max_num_queries
):
    for n in range(5):
        AccessRequest.objects.create(**{**REQUEST, "email": f"anne{n}@ict-samenwerking.nl"})
    client.force_login(curator)
    with django_assert_max_num_queries(12):
        assert client.get(LIST).status_code == HTTPStatus.OK
    request = AccessRequest.objects.first()
    with django_assert_max_num_queries(12):
        response = client.get(reverse("accounts:access-request-decide", args=[request.pk]))
    assert response.status_code == HTTPStatus.OK


def test_curator_approves_creating_the_organisation_and_its_domain(
    client, curator, django_capture_on_commit_callbacks
):
    request = AccessRequest.objects.create(**REQUEST)
    client.force_login(curator)
    assert request.email in client.get(LIST).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:access-request-decide", args=[request.pk]), {
            "decision": "approve", "new_organisation_name": "ICT Samenwerking Noord",
            "add_domain": "on",
        })
    assert response.status_code == HTTPStatus.FOUND
    organisation = Organisation.objects.get(name="ICT Samenwerking Noord")
    assert OrganisationDomain.objects.get(domain="ict-samenwerking.nl").organisation == organisation
    # Both steps are in the organisation log, by the curator, without the requester's address.
    log = OrganisationLogEntry.objects.filter(organisation=organisation).order_by("pk")
    assert [(e.action, e.actor_id) for e in log] == [
        (OrganisationLogEntry.Action.CREATE, curator.pk),
        (OrganisationLogEntry.Action.DOMAIN_ADD, curator.pk)]
    assert not any(REQUEST["email"] in entry.note for entry in log)
    request.refresh_from_db()
    assert request.state == AccessRequest.State.APPROVED and request.organisation == organisation
    assert any(request.email in m.to for m in mail.outbox)
    client.logout()
    # A colleague at the same domain now signs up without asking, into the organisation.
    client.post(reverse("account_signup"), {"email": "bert@ict-samenwerking.nl", "password1": PASSWORD,
                                            "password2": PASSWORD, "display_name": "Bert"})
    assert User.objects.get(email="bert@ict-samenwerking.nl").organisation == organisation


def test_approved_requester_joins_the_chosen_organisation(client, curator):
    organisation = OrganisationFactory(name="Samenwerking Noord")
    request = AccessRequest.objects.create(**REQUEST)
    client.force_login(curator)
    client.post(reverse("accounts:access-request-decide", args=[request.pk]),
                {"decision": "approve", "organisation": organisation.pk})
    client.logout()
    client.post(reverse("account_signup"), {"email": REQUEST["email"], "password1": PASSWORD,
                                            "password2": PASSWORD, "display_name": "Anne"})
    assert User.objects.get(email=REQUEST["email"]).organisation == organisation
    assert not OrganisationDomain.objects.exists()


@pytest.mark.parametrize("data, field", [
    ({"decision": "approve", "add_domain": "on"}, "add_domain"),
    ({"decision": "approve", "new_organisation_name": "Bestaand"}, "new_organisation_name"),
    ({}, "decision"),
])
def test_unclear_decisions_keep_the_request_pending_with_a_message(client, curator, data, field):
    OrganisationFactory(name="Bestaand")
    request = AccessRequest.objects.create(**REQUEST)
    client.force_login(curator)
    response = client.post(reverse("accounts:access-request-decide", args=[request.pk]), data)
    assert response.status_code == HTTPStatus.OK
    assert field in response.context["form"].errors
    request.refresh_from_db()
    assert request.state == AccessRequest.State.PENDING


def _expert():
    return make_role("expert")


def _curator_without_second_factor():
    return make_role("curator", mfa=False)


def refused(response) -> bool:
    """403, or (a curator who never set up a second factor) sent to set it up first."""
    return response.status_code == HTTPStatus.FORBIDDEN or (
        response.status_code == HTTPStatus.FOUND
        and response["Location"] == reverse("mfa_activate_totp"))


@pytest.mark.parametrize("make_user", [make_member, _expert, _curator_without_second_factor])
def test_who_is_no_curator_cannot_see_or_decide(client, make_user):
    request = AccessRequest.objects.create(**REQUEST)
    client.force_login(make_user())
    decide = reverse("accounts:access-request-decide", args=[request.pk])
    assert refused(client.get(LIST))
    assert refused(client.get(decide))
    assert refused(client.post(decide, {"decision": "approve", "new_organisation_name": "Nieuw",
                                        "add_domain": "on"}))
    request.refresh_from_db()
    assert request.state == AccessRequest.State.PENDING
    assert not Organisation.objects.filter(name="Nieuw").exists()


def test_a_curator_who_skipped_the_second_factor_cannot_decide(client, curator):
    request = AccessRequest.objects.create(**REQUEST)
    client.force_login(curator, mfa=False)
    response = client.post(reverse("accounts:access-request-decide", args=[request.pk]),
                           {"decision": "reject"})
    # The session never passed the second factor: it is sent to log in again.
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))
    request.refresh_from_db()
    assert request.state == AccessRequest.State.PENDING


def test_a_visitor_is_sent_to_log_in(client):
    request = AccessRequest.objects.create(**REQUEST)
    for url in (LIST, reverse("accounts:access-request-decide", args=[request.pk])):
        response = client.post(url, {"decision": "reject"})
        assert response.status_code == HTTPStatus.FOUND
        assert reverse("account_login") in response["Location"]
    request.refresh_from_db()
    assert request.state == AccessRequest.State.PENDING


def test_a_decided_request_cannot_be_decided_again(client, curator):
    request = AccessRequest.objects.create(**REQUEST, state=AccessRequest.State.REJECTED)
    client.force_login(curator)
    response = client.post(reverse("accounts:access-request-decide", args=[request.pk]),
                           {"decision": "approve"})
    assert response.status_code == HTTPStatus.NOT_FOUND
