"""Members edit their own profile; the public profile never shows the e-mail address."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from tests.factories import OrganisationFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def test_member_edits_own_profile(member_client, member):
    organisation = OrganisationFactory(name="Provincie Gelderland", slug="provincie-gelderland")
    response = member_client.post(
        reverse("accounts:profile-edit"),
        {"display_name": "Eva Jansen", "organisation": organisation.pk,
         "job_title": "Informatieadviseur", "bio": "Ik werk aan AI-geletterdheid."},
    )
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == reverse("accounts:profile", args=[member.pk])
    member.refresh_from_db()
    assert (member.display_name, member.organisation, member.job_title) == (
        "Eva Jansen", organisation, "Informatieadviseur")


def test_invalid_profile_keeps_what_was_typed(member_client, member):
    response = member_client.post(
        reverse("accounts:profile-edit"),
        {"display_name": "eva@rijksoverheid.nl", "job_title": "Adviseur", "bio": "Mijn tekst"},
    )
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["display_name"]
    content = response.content.decode()
    assert "Mijn tekst" in content and 'value="Adviseur"' in content
    assert 'aria-invalid="true"' in content
    member.refresh_from_db()
    assert member.job_title == "Beleidsmedewerker"


def test_visitor_cannot_edit_profile(client):
    response = client.get(reverse("accounts:profile-edit"))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url.startswith(reverse("account_login"))


def test_profile_edit_changes_only_own_profile(member_client, member, other_member):
    """The form has no user id: whatever is posted, only the signed-in member changes."""
    member_client.post(
        reverse("accounts:profile-edit"),
        {"display_name": "Gewijzigd", "pk": other_member.pk, "id": other_member.pk},
    )
    other_member.refresh_from_db()
    assert other_member.display_name != "Gewijzigd"


def test_public_profile_hides_email(client, member):
    # Visitors open profiles of people named in public only (test_public_profiles.py).
    QuestionFactory(author=member)
    response = client.get(reverse("accounts:profile", args=[member.pk]))
    assert response.status_code == HTTPStatus.OK
    content = response.content.decode()
    assert member.display_name in content
    assert member.email not in content


def test_inactive_profile_is_not_found(client, member):
    member.is_active = False
    member.save()
    response = client.get(reverse("accounts:profile", args=[member.pk]))
    assert response.status_code == HTTPStatus.NOT_FOUND
