"""Members download and delete their own data (AVG); nobody else can."""

import json
from http import HTTPStatus

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db


def test_member_downloads_own_data(member_client, member):
    response = member_client.get(reverse("accounts:personal-data"))
    assert response.status_code == HTTPStatus.OK
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["profile"]["email"] == member.email
    assert data["profile"]["roles"] == ["member"]


def test_visitor_cannot_download_data(client):
    response = client.get(reverse("accounts:personal-data"))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url.startswith(reverse("account_login"))


def test_delete_needs_the_password_and_keeps_nothing_on_error(member_client, member):
    response = member_client.post(reverse("accounts:account-delete"), {"password": "fout"})
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["password"]
    member.refresh_from_db()
    assert member.is_active and member.email.endswith("@rijksoverheid.nl")


def test_member_deletes_own_account(member_client, member):
    response = member_client.post(
        reverse("accounts:account-delete"), {"password": "geheim-wachtwoord-123"}
    )
    assert response.status_code == HTTPStatus.FOUND
    member.refresh_from_db()
    assert not member.is_active
    assert member.display_name == "" and member.organisation is None
    assert member.email == f"verwijderd-{member.pk}@invalid"
    assert not EmailAddress.objects.filter(user=member).exists()
    assert "_auth_user_id" not in member_client.session
    assert User.objects.filter(pk=member.pk).exists()


def test_visitor_cannot_delete(client, member):
    response = client.post(reverse("accounts:account-delete"), {"password": "geheim-wachtwoord-123"})
    assert response.status_code == HTTPStatus.FOUND
    member.refresh_from_db()
    assert member.is_active
