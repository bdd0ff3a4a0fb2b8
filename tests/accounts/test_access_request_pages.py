"""An access request reaches the curators (an e-mail to each curator with powers) and a page
of their own: approving may create the organisation or add the address's domain, and the
requester then signs up into it; rejecting tells them. Members never see the pages."""

from http import HTTPStatus

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import AccessRequest, Organisation, OrganisationDomain, User
from tests.factories import OrganisationFactory, make_member, make_role

pytestmark = pytest.mark.django_db

REQUEST = {"name": "Anne de Boer", "email": "anne@ict-samenwerking.nl",
           "organisation_name": "ICT Samenwerking Noord", "motivation": "Ik bouw chatbots."}
PASSWORD = "Een-lang-wachtwoord-2026"
LIST = reverse("accounts:access-request-list")


def test_a_request_tells_every_curator(client, curator, django_capture_on_commit_callbacks):
    make_role("curator", mfa=False)  # without powers: not told
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:access-request"), REQUEST)
    told = [m for m in mail.outbox if curator.email in m.to]
    assert len(told) == 1 and "anne@ict-samenwerking.nl" in told[0].body
    assert LIST in told[0].body
    assert sum(len(m.to) for m in mail.outbox) == 1


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


def test_member_cannot_see_or_decide(client):
    request = AccessRequest.objects.create(**REQUEST)
    client.force_login(make_member())
    assert client.get(LIST).status_code == HTTPStatus.FORBIDDEN
    response = client.post(reverse("accounts:access-request-decide", args=[request.pk]),
                           {"decision": "approve"})
    assert response.status_code == HTTPStatus.FORBIDDEN
    request.refresh_from_db()
    assert request.state == AccessRequest.State.PENDING
