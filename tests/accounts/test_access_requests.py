"""People outside the allowed domains request access; only curators decide. Requests are
rate-limited per address, and a filled honeypot field is silently dropped."""

import re
from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
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


def test_access_requests_are_rate_limited_per_address(client):
    for n in range(5):
        data = {**REQUEST, "email": f"anne{n}@ict-samenwerking.nl"}
        assert client.post(reverse("accounts:access-request"), data).status_code == HTTPStatus.FOUND
    response = client.post(reverse("accounts:access-request"),
                           {**REQUEST, "email": "anne9@ict-samenwerking.nl"})
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert AccessRequest.objects.count() == 5
    other = Client(REMOTE_ADDR="198.51.100.4")
    other_data = {**REQUEST, "email": "bert@ict-samenwerking.nl"}
    assert other.post(reverse("accounts:access-request"), other_data).status_code == HTTPStatus.FOUND


def test_filled_honeypot_seems_to_succeed_but_stores_nothing(client):
    response = client.post(reverse("accounts:access-request"),
                           {**REQUEST, "leave_empty": "https://spam.example"}, follow=True)
    assert response.redirect_chain
    assert [str(m) for m in response.context["messages"]]
    assert not AccessRequest.objects.exists()
    assert not mail.outbox


def test_honeypot_is_hidden_from_people_screen_readers_and_the_keyboard(client):
    html = client.get(reverse("accounts:access-request")).content.decode()
    wrapper = re.search(r'<div[^>]*aria-hidden="true"[^>]*>(.*?)</div>', html, re.S)
    assert wrapper, "the honeypot sits in an aria-hidden wrapper"
    assert "portal-visually-hidden" in wrapper.group(0)
    field = re.search(r'<input[^>]*name="leave_empty"[^>]*>', wrapper.group(1)).group(0)
    assert 'tabindex="-1"' in field
    assert 'autocomplete="off"' in field
    assert html.count('name="leave_empty"') == 1
