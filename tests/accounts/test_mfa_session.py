"""Powers of experts and curators count only in a session that passed the second factor:
a password alone (allauth's form without the TOTP step, the admin's login form, any
password-only session) opens no admin, moderation, moderation log or curation; the admin
login goes through allauth, with its rate limits."""

import time
from http import HTTPStatus

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.test import Client
from django.urls import reverse

from accounts import mfa_session, permissions, roles
from accounts.models import User
from tests.factories import ThemeFactory, make_role

pytestmark = pytest.mark.django_db

PASSWORD = "geheim-wachtwoord-123"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

CURATOR_POWERS = ["/beheer/", "/beheer/accounts/user/", "/moderatie/", "/moderatie/logboek/",
                  "/initiatieven/beheer/"]
EXPERT_POWERS = ["/moderatie/"]


def _powers(role):
    return CURATOR_POWERS if role == roles.CURATOR else EXPERT_POWERS


@pytest.fixture(params=[roles.EXPERT, roles.CURATOR])
def role_user(request):
    user = make_role(request.param, mfa=False)
    TOTP.activate(user, SECRET)
    ThemeFactory().experts.add(user)
    return User.objects.get(pk=user.pk)


def _totp_code():
    return format_hotp_value(hotp_value(SECRET, int(time.time()) // 30))


def _password_step(client, user, path=None):
    url = reverse("account_login") + (f"?next={path}" if path else "")
    return client.post(url, {"login": user.email, "password": PASSWORD})


def _assert_no_powers(client, user):
    role = roles.CURATOR if user.groups.filter(name=roles.CURATOR).exists() else roles.EXPERT
    for path in _powers(role):
        response = client.get(path)
        assert response.status_code != HTTPStatus.OK, path
    assert "_auth_user_id" not in client.session


def test_allauth_login_without_totp_step_gives_no_powers(role_user):
    client = Client()
    response = _password_step(client, role_user)
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == reverse("mfa_authenticate")
    _assert_no_powers(client, role_user)


def test_admin_login_form_never_accepts_a_password(role_user):
    client = Client()
    response = client.post("/beheer/login/?next=/beheer/",
                           {"username": role_user.email, "password": PASSWORD})
    assert response.status_code == HTTPStatus.FOUND
    assert response.url.startswith(reverse("account_login"))
    _assert_no_powers(client, role_user)


def test_password_only_session_gives_no_powers_and_is_signed_out(role_user):
    client = Client()
    # Django's own password login: a session that never saw the second factor.
    assert client.login(email=role_user.email, password=PASSWORD)
    response = client.get("/moderatie/")
    assert response.status_code == HTTPStatus.FOUND
    assert response.url.startswith(reverse("account_login"))
    _assert_no_powers(client, role_user)


def test_forced_login_without_mfa_mark_gives_no_powers(client, role_user):
    client.force_login(role_user, mfa=False)
    _assert_no_powers(client, role_user)


def test_totp_step_gives_the_powers(role_user):
    client = Client()
    response = _password_step(client, role_user)
    response = client.post(reverse("mfa_authenticate"), {"code": _totp_code()})
    assert response.status_code == HTTPStatus.FOUND
    role = roles.CURATOR if role_user.groups.filter(name=roles.CURATOR).exists() else roles.EXPERT
    for path in _powers(role):
        assert client.get(path).status_code == HTTPStatus.OK, path


def test_admin_login_goes_through_allauth_and_back_to_the_admin():
    curator = make_role(roles.CURATOR, mfa=False)
    TOTP.activate(curator, SECRET)
    client = Client()
    response = client.get("/beheer/", follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))
    next_url = response.context["redirect_field_value"]
    client.post(reverse("account_login"),
                {"login": curator.email, "password": PASSWORD, "next": next_url})
    response = client.post(reverse("mfa_authenticate"), {"code": _totp_code()}, follow=True)
    assert response.redirect_chain[-1][0] == "/beheer/"
    assert response.status_code == HTTPStatus.OK


def test_admin_login_refuses_the_right_password_after_the_rate_limit():
    curator = make_role(roles.CURATOR)
    client = Client()
    login_url = client.get("/beheer/login/").url
    for _attempt in range(5):
        client.post(login_url, {"login": curator.email, "password": "verkeerd-wachtwoord"})
    response = client.post(login_url, {"login": curator.email, "password": PASSWORD})
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.TOO_MANY_REQUESTS)
    assert "_auth_user_id" not in client.session
    assert reverse("mfa_authenticate") not in response.get("Location", "")
    if response.status_code == HTTPStatus.OK:
        assert "too_many_login_attempts" in {
            e.code for e in response.context["form"].non_field_errors().as_data()
        }


def test_powers_of_the_request_user_need_the_session_mark():
    curator = make_role(roles.CURATOR)
    other = make_role(roles.CURATOR)
    with mfa_session.request_scope(user=curator, passed_mfa=False):
        # Also a freshly fetched object of the same person: the rule follows the person.
        assert not permissions.is_curator(User.objects.get(pk=curator.pk))
        # Others (audiences of notifications) keep the rule of background work.
        assert permissions.is_curator(other)
    with mfa_session.request_scope(user=curator, passed_mfa=True):
        assert permissions.is_curator(User.objects.get(pk=curator.pk))
    # Outside a request (services, tasks): an authenticator is what counts.
    assert permissions.is_curator(curator)


@pytest.mark.django_db(transaction=True)
def test_setting_up_totp_counts_as_passing_it(client):
    expert = make_role(roles.EXPERT, mfa=False)
    ThemeFactory().experts.add(expert)
    client.force_login(expert, mfa=False)
    assert client.get("/moderatie/").url == reverse("mfa_activate_totp")
    reauth = client.get(reverse("mfa_activate_totp"))
    client.post(reauth.url, {"password": PASSWORD})
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    # A transactional test: allauth announces the new authenticator on commit, which
    # must happen inside the request (ATOMIC_REQUESTS) for the session to keep the mark.
    response = client.post(reverse("mfa_activate_totp"), {"code": code})
    assert response.status_code == HTTPStatus.FOUND
    assert client.get("/moderatie/").status_code == HTTPStatus.OK
