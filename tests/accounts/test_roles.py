"""Roles are groups with permissions; powers of experts and curators need two-factor auth."""

from http import HTTPStatus

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts import permissions, roles
from tests.factories import make_member, make_role

pytestmark = pytest.mark.django_db


def test_roles_exist_with_their_permissions():
    def perms(role):
        return {f"{p.content_type.app_label}.{p.codename}"
                for p in Group.objects.get(name=role).permissions.all()}

    assert "vraagbaak.add_question" in perms("member")
    assert "vraagbaak.moderate_post" not in perms("member")
    assert "vraagbaak.moderate_post" in perms("expert")
    assert "initiatives.curate_initiative" not in perms("expert")
    assert {"initiatives.curate_initiative", "accounts.appoint_expert",
            "vraagbaak.moderate_post"} <= perms("curator")


@pytest.mark.parametrize(
    ("role", "expert", "curator"),
    [(roles.MEMBER, False, False), (roles.EXPERT, True, False), (roles.CURATOR, False, True)],
)
def test_role_checks(role, expert, curator):
    user = make_member() if role == roles.MEMBER else make_role(role)
    assert permissions.is_expert(user) is expert
    assert permissions.is_curator(user) is curator
    assert user.has_perm("vraagbaak.moderate_post") is (expert or curator)
    assert user.has_perm("initiatives.curate_initiative") is curator


@pytest.mark.parametrize("role", [roles.EXPERT, roles.CURATOR])
def test_powers_need_mfa(role):
    user = make_role(role, mfa=False)
    assert permissions.requires_mfa(user)
    assert not permissions.is_expert(user)
    assert not permissions.is_curator(user)


@pytest.mark.parametrize("role", [roles.EXPERT, roles.CURATOR])
def test_expert_and_curator_without_mfa_are_sent_to_setup(client, role):
    client.force_login(make_role(role, mfa=False))
    for path in [reverse("vraagbaak:home"), reverse("vraagbaak:question-list"), "/beheer/"]:
        response = client.get(path)
        assert response.status_code == HTTPStatus.FOUND, path
        assert response.url == reverse("mfa_activate_totp")
    # The set-up page itself stays reachable (allauth first asks for the password again).
    response = client.get(reverse("mfa_activate_totp"), follow=True)
    assert response.status_code == HTTPStatus.OK
    assert response.redirect_chain[-1][0].startswith("/account/")


@pytest.mark.parametrize("role", [roles.EXPERT, roles.CURATOR])
def test_expert_and_curator_with_mfa_pass(client, role):
    user = make_role(role)
    assert Authenticator.objects.filter(user=user).exists()
    client.force_login(user)
    assert client.get(reverse("vraagbaak:home")).status_code == HTTPStatus.OK


def test_member_is_never_sent_to_mfa_setup(member_client):
    assert member_client.get(reverse("vraagbaak:home")).status_code == HTTPStatus.OK


def test_member_cannot_open_admin(member_client):
    response = member_client.get("/beheer/")
    assert response.status_code == HTTPStatus.FOUND
    assert "/beheer/login/" in response.url


def test_curator_opens_admin(client, curator):
    client.force_login(curator)
    assert client.get("/beheer/").status_code == HTTPStatus.OK
    assert client.get("/beheer/initiatives/initiative/").status_code == HTTPStatus.OK


def test_expert_cannot_open_admin(client, expert):
    client.force_login(expert)
    assert client.get("/beheer/").status_code == HTTPStatus.FOUND


def test_curator_grants_curator_role_in_admin_which_gives_admin_access(client, curator, member):
    client.force_login(curator)
    url = reverse("admin:accounts_user_change", args=[member.pk])
    page = client.get(url)
    assert page.status_code == HTTPStatus.OK
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "password"}
    data["groups"] = [g.pk for g in Group.objects.filter(name__in=["member", "curator"])]
    data["organisation"] = member.organisation_id
    data["date_joined_0"], data["date_joined_1"] = "01-01-2026", "10:00:00"
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.context["adminform"].form.errors
    member.refresh_from_db()
    assert member.is_staff
    assert member.groups.filter(name="curator").exists()


def test_curator_cannot_make_anyone_superuser(client, curator, member):
    client.force_login(curator)
    url = reverse("admin:accounts_user_change", args=[member.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "password"}
    data.update({"is_superuser": "on", "is_staff": "on", "organisation": member.organisation_id})
    client.post(url, data)
    member.refresh_from_db()
    assert not member.is_superuser
    assert not member.is_staff
