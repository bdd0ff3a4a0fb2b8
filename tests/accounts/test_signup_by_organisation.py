"""Sign-up by organisation: an address at a known government organisation's e-mail domain may
sign up and joins that organisation (the member's own choice wins); other addresses are refused
with the production default, look-alikes such as gemeentefake.nl included; a pattern with a
wildcard inside a label stops the portal at its system check."""

from http import HTTPStatus

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings
from django.urls import reverse

from accounts.models import Organisation, OrganisationDomain, User
from tests.factories import OrganisationFactory
from vraagbaak.settings import base

pytestmark = pytest.mark.django_db

PASSWORD = "Een-lang-wachtwoord-2026"


def signup(client, email, **extra):
    data = {"email": email, "password1": PASSWORD, "password2": PASSWORD,
            "display_name": "Sanne de Vries", **extra}
    return client.post(reverse("account_signup"), data)


@pytest.mark.parametrize(("email", "organisation"), [
    ("sanne@amsterdam.nl", "Gemeente Amsterdam"),
    ("sanne@rws.nl", "Rijkswaterstaat"),
    ("sanne@minbzk.nl", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("sanne@nvwa.nl", "Nederlandse Voedsel- en Warenautoriteit"),
    ("sanne@utrecht.nl", "Gemeente Utrecht"),
    ("sanne@logius.nl", "Logius"),
])
@override_settings(SIGNUP_ALLOWED_DOMAINS=base.SIGNUP_ALLOWED_DOMAINS)
def test_known_government_domain_signs_up_and_gets_its_organisation(client, email, organisation):
    response = signup(client, email)
    assert response.status_code == HTTPStatus.FOUND
    user = User.objects.get(email=email)
    assert user.organisation.name == organisation
    assert OrganisationDomain.objects.filter(domain=email.split("@")[1],
                                             organisation=user.organisation).exists()


@pytest.mark.parametrize("email", ["iemand@gmail.com", "iemand@gemeentefake.nl",
                                   "iemand@amsterdam.nl.attacker.example"])
@override_settings(SIGNUP_ALLOWED_DOMAINS=base.SIGNUP_ALLOWED_DOMAINS)
def test_other_domains_are_refused(client, email):
    response = signup(client, email)
    assert response.status_code == HTTPStatus.OK
    assert "email" in response.context["form"].errors
    assert not User.objects.filter(email=email).exists()


@override_settings(SIGNUP_ALLOWED_DOMAINS=base.SIGNUP_ALLOWED_DOMAINS)
def test_members_own_choice_of_organisation_wins(client):
    chosen = OrganisationFactory(name="Gemeente Amsterdam, stadsdeel Noord")
    signup(client, "sanne@amsterdam.nl", organisation=chosen.pk)
    assert User.objects.get(email="sanne@amsterdam.nl").organisation == chosen


def test_domain_a_curator_added_signs_up(client):
    organisation = OrganisationFactory(name="Gemeente Testdam")
    OrganisationDomain.objects.create(organisation=organisation, domain="testdam.nl")
    assert signup(client, "sanne@testdam.nl").status_code == HTTPStatus.FOUND
    assert User.objects.get(email="sanne@testdam.nl").organisation == organisation
    assert Organisation.objects.count() == 1


def test_the_production_default_has_no_look_alike_wildcards():
    assert not [p for p in base.SIGNUP_ALLOWED_DOMAINS if "*" in p.removeprefix("*.")]


@override_settings(SIGNUP_ALLOWED_DOMAINS=["rijksoverheid.nl", "gemeente*.nl"])
def test_a_look_alike_wildcard_fails_the_system_check():
    with pytest.raises(SystemCheckError, match="gemeente"):
        call_command("check")
