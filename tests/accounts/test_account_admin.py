"""Only a superuser changes a superuser or a staff account in the admin (password, e-mail,
roles, active, delete); every such change made by someone else is written to the
append-only account audit, which the admin shows read-only."""

from http import HTTPStatus

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from accounts import roles, services
from accounts.models import AccountAuditEntry, User
from tests.factories import make_member, make_role

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "een-heel-nieuw-wachtwoord-42"


@pytest.fixture
def superuser(db):
    user = User.objects.create_superuser(email="beheer@minbzk.nl", password="x-geheim-123456")
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def other_curator(db):
    return make_role(roles.CURATOR)


def _change_data(client, user, **changes):
    """The admin change form of `user` as it stands, with `changes` applied."""
    page = client.get(reverse("admin:accounts_user_change", args=[user.pk]))
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "password"}
    data["groups"] = [g.pk for g in user.groups.all()]
    data["organisation"] = user.organisation_id or ""
    data["date_joined_0"], data["date_joined_1"] = "01-01-2026", "10:00:00"
    for field in ("is_active", "is_staff", "is_superuser"):
        if data.get(field) is False:
            del data[field]
    data.update(changes)
    return data


def _password_post(client, user):
    url = reverse("admin:auth_user_password_change", args=[user.pk])
    return client.post(url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
                             "usable_password": "true"})


def test_curator_cannot_set_a_superusers_password(client, curator, superuser):
    client.force_login(curator)
    url = reverse("admin:auth_user_password_change", args=[superuser.pk])
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    assert _password_post(client, superuser).status_code == HTTPStatus.FORBIDDEN
    superuser.refresh_from_db()
    assert not superuser.check_password(NEW_PASSWORD)


def test_curator_cannot_set_another_curators_password(client, curator, other_curator):
    client.force_login(curator)
    assert _password_post(client, other_curator).status_code == HTTPStatus.FORBIDDEN
    other_curator.refresh_from_db()
    assert not other_curator.check_password(NEW_PASSWORD)


@pytest.mark.parametrize(
    "changes",
    [{"email": "overgenomen@rijksoverheid.nl"}, {"is_active": ""}, {"groups": []}],
    ids=["email", "active", "groups"],
)
def test_curator_cannot_edit_another_staff_account(client, curator, other_curator, changes):
    client.force_login(curator)
    url = reverse("admin:accounts_user_change", args=[other_curator.pk])
    data = _change_data(client, other_curator, **changes)
    if changes.get("is_active") == "":
        del data["is_active"]
    assert client.post(url, data).status_code == HTTPStatus.FORBIDDEN
    fresh = User.objects.get(pk=other_curator.pk)
    assert fresh.email == other_curator.email
    assert fresh.is_active
    assert fresh.groups.filter(name=roles.CURATOR).exists()
    assert not AccountAuditEntry.objects.exists()


def test_curator_cannot_delete_a_staff_account(client, curator, other_curator):
    # Even with every permission to delete, staff accounts are a superuser's.
    curator.user_permissions.add(*Permission.objects.filter(codename__startswith="delete_"))
    client.force_login(curator)
    url = reverse("admin:accounts_user_delete", args=[other_curator.pk])
    assert client.post(url, {"post": "yes"}).status_code == HTTPStatus.FORBIDDEN
    assert User.objects.filter(pk=other_curator.pk).exists()


def test_superuser_changes_a_curators_email_and_password_and_both_are_audited(
    client, superuser, curator
):
    old_email = curator.email
    client.force_login(superuser)
    url = reverse("admin:accounts_user_change", args=[curator.pk])
    response = client.post(url, _change_data(client, curator, email="nieuw@minbzk.nl"))
    assert response.status_code == HTTPStatus.FOUND
    assert _password_post(client, curator).status_code == HTTPStatus.FOUND
    curator.refresh_from_db()
    assert curator.email == "nieuw@minbzk.nl"
    assert curator.check_password(NEW_PASSWORD)
    entries = {e.action: e for e in AccountAuditEntry.objects.filter(target=curator)}
    assert set(entries) == {AccountAuditEntry.Action.EMAIL, AccountAuditEntry.Action.PASSWORD}
    assert all(e.actor == superuser for e in entries.values())
    assert entries[AccountAuditEntry.Action.EMAIL].detail == {
        "before": old_email, "after": "nieuw@minbzk.nl",
    }


def test_curator_grants_a_role_to_a_member_and_it_is_audited(client, curator):
    member = make_member()
    client.force_login(curator)
    url = reverse("admin:accounts_user_change", args=[member.pk])
    groups = [g.pk for g in Group.objects.filter(name__in=[roles.MEMBER, roles.EXPERT])]
    response = client.post(url, _change_data(client, member, groups=groups))
    assert response.status_code == HTTPStatus.FOUND
    entry = AccountAuditEntry.objects.get(target=member)
    assert entry.actor == curator
    assert entry.action == AccountAuditEntry.Action.ROLES
    assert entry.detail == {"before": [roles.MEMBER], "after": [roles.EXPERT, roles.MEMBER]}


def test_superuser_deactivates_a_curator_and_it_is_audited(client, superuser, curator):
    client.force_login(superuser)
    url = reverse("admin:accounts_user_change", args=[curator.pk])
    data = _change_data(client, curator)
    del data["is_active"]
    assert client.post(url, data).status_code == HTTPStatus.FOUND
    assert not User.objects.get(pk=curator.pk).is_active
    assert AccountAuditEntry.objects.filter(
        target=curator, actor=superuser, action=AccountAuditEntry.Action.ACTIVE
    ).exists()


def test_role_services_audit_a_change_by_someone_else(curator):
    member = make_member()
    services.role_grant(user=member, role=roles.EXPERT, by=curator)
    services.role_revoke(user=member, role=roles.EXPERT, by=curator)
    services.role_grant(user=member, role=roles.EXPERT)  # the portal itself: no actor
    details = AccountAuditEntry.objects.filter(target=member).order_by("pk")
    assert [entry.detail for entry in details] == [{"granted": roles.EXPERT}, {"revoked": roles.EXPERT}]


def test_audit_is_append_only_and_read_only_in_the_admin(client, superuser, curator):
    services.role_grant(user=make_member(), role=roles.EXPERT, by=curator)
    with pytest.raises(TypeError):
        AccountAuditEntry.objects.update(detail={})
    with pytest.raises(TypeError):
        AccountAuditEntry.objects.all().delete()
    entry = AccountAuditEntry.objects.get()
    client.force_login(superuser)
    assert client.get(reverse("admin:accounts_accountauditentry_changelist")).status_code == HTTPStatus.OK
    change_url = reverse("admin:accounts_accountauditentry_change", args=[entry.pk])
    assert client.post(change_url, {"detail": "{}"}).status_code == HTTPStatus.FORBIDDEN
    delete_url = reverse("admin:accounts_accountauditentry_delete", args=[entry.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == HTTPStatus.FORBIDDEN
    assert AccountAuditEntry.objects.filter(pk=entry.pk).exists()
