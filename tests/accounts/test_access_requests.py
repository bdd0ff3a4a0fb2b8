"""People outside the allowed domains request access; only curators decide."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from accounts.models import AccessRequest, User

pytestmark = pytest.mark.django_db

REQUEST = {"name": "Anne de Boer", "email": "anne@ict-samenwerking.nl",
           "organisation_name": "ICT Samenwerking Noord", "motivation": "Ik bouw chatbots."}
PASSWORD = "Een-lang-wachtwoord-2026"


def test_visitor_requests_access(client):
    response = client.post(reverse("accounts:access-request"), REQUEST)
    assert response.status_code == HTTPStatus.FOUND
    assert AccessRequest.objects.get().state == AccessRequest.State.PENDING


def test_second_pending_request_is_refused_and_keeps_input(client):
    client.post(reverse("accounts:access-request"), REQUEST)
    response = client.post(reverse("accounts:access-request"), REQUEST)
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["email"]
    assert "Ik bouw chatbots." in response.content.decode()
    assert AccessRequest.objects.count() == 1


def _decide(client, action):
    request = AccessRequest.objects.create(**REQUEST)
    client.post(reverse("admin:accounts_accessrequest_changelist"),
                {"action": action, "_selected_action": [request.pk]})
    request.refresh_from_db()
    return request


def test_curator_approves_and_the_address_may_then_sign_up(
    client, curator, django_capture_on_commit_callbacks
):
    client.force_login(curator)
    with django_capture_on_commit_callbacks(execute=True):
        request = _decide(client, "approve")
    assert request.state == AccessRequest.State.APPROVED
    assert request.decided_by == curator
    assert mail.outbox[-1].to == [REQUEST["email"]]
    client.logout()
    client.post(reverse("account_signup"), {"email": REQUEST["email"], "password1": PASSWORD,
                                            "password2": PASSWORD, "display_name": "Anne"})
    assert User.objects.filter(email=REQUEST["email"]).exists()


def test_pending_request_does_not_open_sign_up(client):
    AccessRequest.objects.create(**REQUEST)
    client.post(reverse("account_signup"), {"email": REQUEST["email"], "password1": PASSWORD,
                                            "password2": PASSWORD, "display_name": "Anne"})
    assert not User.objects.filter(email=REQUEST["email"]).exists()


def test_expert_cannot_decide(client, expert):
    client.force_login(expert)
    request = _decide(client, "approve")
    assert request.state == AccessRequest.State.PENDING


def test_curator_group_may_change_requests():
    perms = Group.objects.get(name="curator").permissions.values_list("codename", flat=True)
    assert "change_accessrequest" in perms
