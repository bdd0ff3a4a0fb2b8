"""Sign-up is for work addresses of allowed domains, and login waits for a verified address."""

import re
from http import HTTPStatus

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.adapter import email_domain_allowed
from accounts.models import User
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Een-lang-wachtwoord-2026"


def signup(client, email, **extra):
    data = {"email": email, "password1": PASSWORD, "password2": PASSWORD,
            "display_name": "Sanne de Vries", **extra}
    return client.post(reverse("account_signup"), data)


@pytest.mark.parametrize(
    ("email", "allowed"),
    [
        ("a.b@rijksoverheid.nl", True),
        ("a.b@minbzk.nl", True),
        ("a.b@sub.rijksoverheid.nl", True),
        ("A.B@RIJKSOVERHEID.NL", True),
        ("a.b@gmail.com", False),
        ("a.b@rijksoverheid.nl.evil.com", False),
        ("a.b@notrijksoverheid.nl", False),
        ("zonder-at", False),
        # A `*` inside a label would admit look-alikes: such a pattern matches nothing.
        ("a.b@gemeenteutrecht.nl", False),
        ("x@gemeentefake.nl", False),
        ("x@gemeente.attacker.nl", False),
        # A leading `*.` means any subdomain, however deep, and nothing else.
        ("x@a.b.rijksoverheid.nl", True),
        ("x@attacker-rijksoverheid.nl", False),
        ("x@rijksoverheid.nl.attacker.nl", False),
    ],
)
def test_domain_patterns(email, allowed):
    patterns = ["rijksoverheid.nl", "*.rijksoverheid.nl", "gemeente*.nl", "minbzk.nl"]
    assert email_domain_allowed(email, patterns) is allowed


@pytest.mark.parametrize(
    ("email", "allowed"),
    [("x@minbzk.nl", True), ("x@a.b.nl", True), ("x@nl", False), ("x@gmail.com", False)],
)
def test_leading_label_wildcard_of_a_top_level_domain(email, allowed):
    assert email_domain_allowed(email, ["*.nl"]) is allowed


def test_a_lone_star_admits_every_domain():
    assert email_domain_allowed("x@sub.example.com", ["*"])


def test_signup_with_attacker_subdomain_of_a_wildcard_is_refused(client):
    response = signup(client, "x@gemeente.attacker.nl")
    assert response.status_code == HTTPStatus.OK
    assert not User.objects.filter(email="x@gemeente.attacker.nl").exists()


def test_signup_from_allowed_domain_sends_verification_mail(client):
    organisation = OrganisationFactory()
    response = signup(client, "nieuw@rijksoverheid.nl", organisation=organisation.pk)
    assert response.status_code == HTTPStatus.FOUND
    user = User.objects.get(email="nieuw@rijksoverheid.nl")
    assert user.display_name == "Sanne de Vries"
    assert user.organisation == organisation
    assert list(user.groups.values_list("name", flat=True)) == ["member"]
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert "nieuw@rijksoverheid.nl" in mail.outbox[0].to


def test_signup_from_refused_domain_explains_and_keeps_input(client):
    response = signup(client, "iemand@gmail.com")
    assert response.status_code == HTTPStatus.OK
    assert not User.objects.filter(email="iemand@gmail.com").exists()
    assert response.context["form"].errors["email"][0].startswith("De AI-vraagbaak is voor")
    content = response.content.decode()
    assert 'value="iemand@gmail.com"' in content
    assert 'value="Sanne de Vries"' in content
    assert len(mail.outbox) == 0


def test_refusal_is_in_english_for_english_visitors(client):
    client.cookies["django_language"] = "en"
    response = signup(client, "iemand@gmail.com")
    assert "Dutch government organisations" in response.context["form"].errors["email"][0]


def test_login_blocked_until_email_verified(client):
    signup(client, "wacht@rijksoverheid.nl")
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "wacht@rijksoverheid.nl", "password": PASSWORD}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session

    link = re.search(r"https?://\S+/account/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    client.post(link)
    assert EmailAddress.objects.get(email="wacht@rijksoverheid.nl").verified
    response = client.post(
        reverse("account_login"), {"login": "wacht@rijksoverheid.nl", "password": PASSWORD}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert client.session["_auth_user_id"] == str(User.objects.get(email="wacht@rijksoverheid.nl").pk)


def test_duplicate_signup_creates_no_second_user(client):
    UserFactory(email="bestaat@rijksoverheid.nl")
    signup(client, "bestaat@rijksoverheid.nl")
    assert User.objects.filter(email__iexact="bestaat@rijksoverheid.nl").count() == 1
