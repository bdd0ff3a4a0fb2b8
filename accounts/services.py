"""Changes to people and organisations. Callers have checked permissions."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from . import roles
from .models import AccessRequest, AccountAuditEntry, Organisation, User


@transaction.atomic
def member_role_grant(*, user: User) -> None:
    """Every signed-up person is a member."""
    user.groups.add(Group.objects.get(name=roles.MEMBER))


def account_audit_record(*, actor: User | None, target: User, action: str,
                         detail: dict | None = None) -> AccountAuditEntry | None:
    """Write down a change to `target`'s account made by `actor`; one's own are not audited."""
    if actor is None or actor.pk == target.pk:
        return None
    return AccountAuditEntry.objects.create(
        actor=actor, target=target, target_email=target.email, action=action,
        detail=detail or {},
    )


@transaction.atomic
def role_grant(*, user: User, role: str, by: User | None = None) -> None:
    """Give `user` a role. Curators also get access to the admin (is_staff).

    `by` is the person who gave it (audited); None when the portal itself does.
    """
    user.groups.add(Group.objects.get(name=role))
    if role == roles.CURATOR and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("_role_names_cache", None)
    account_audit_record(actor=by, target=user, action=AccountAuditEntry.Action.ROLES,
                         detail={"granted": role})


@transaction.atomic
def staff_status_sync(*, user: User) -> None:
    """Curators reach the admin: keep is_staff in step with the curator group."""
    if user.is_superuser:
        return
    is_curator = user.groups.filter(name=roles.CURATOR).exists()
    if user.is_staff != is_curator:
        user.is_staff = is_curator
        user.save(update_fields=["is_staff"])


@transaction.atomic
def role_revoke(*, user: User, role: str, by: User | None = None) -> None:
    user.groups.remove(Group.objects.get(name=role))
    if role == roles.CURATOR and user.is_staff and not user.is_superuser:
        user.is_staff = False
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("_role_names_cache", None)
    account_audit_record(actor=by, target=user, action=AccountAuditEntry.Action.ROLES,
                         detail={"revoked": role})


@transaction.atomic
def profile_update(
    *,
    user: User,
    display_name: str,
    organisation: Organisation | None,
    job_title: str,
    bio: str,
    listed_as_expert: bool = False,
) -> User:
    user.display_name = display_name
    user.organisation = organisation
    user.job_title = job_title
    user.bio = bio
    user.listed_as_expert = listed_as_expert
    user.save(update_fields=["display_name", "organisation", "job_title", "bio",
                             "listed_as_expert"])
    return user


def personal_data(*, user: User) -> dict:
    """Everything the portal holds about `user`, for a download (AVG art. 15 and 20).

    Higher parts add their share (questions, answers, initiatives...) through the
    PERSONAL_DATA_EXPORTERS setting: functions `(user) -> dict`.
    """
    data = {
        "profile": {
            "email": user.email,
            "display_name": user.display_name,
            "organisation": user.organisation.name if user.organisation else None,
            "job_title": user.job_title,
            "bio": user.bio,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "roles": sorted(user.groups.values_list("name", flat=True)),
            "email_addresses": list(
                user.emailaddress_set.values("email", "verified", "primary")
            ),
            # Sign-ins through a provider of single sign-on, with what it told us.
            "single_sign_on": [
                {"provider": account.provider, "uid": account.uid, "claims": account.extra_data,
                 "last_login": account.last_login.isoformat()}
                for account in user.socialaccount_set.all()
            ],
        }
    }
    for path in settings.PERSONAL_DATA_EXPORTERS:
        data.update(import_string(path)(user))
    return data


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Remove a member's personal data (AVG art. 17) and close the account.

    Posts stay, as an anonymous member's, so that threads others answered keep
    their meaning; the name, e-mail address, profile, roles, two-factor devices and
    single sign-on connections are removed, and the account can no longer log in.
    """
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.socialaccount.models import SocialAccount

    EmailAddress.objects.filter(user=user).delete()
    SocialAccount.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.groups.clear()
    user.email = f"verwijderd-{user.pk}@invalid"
    user.display_name = ""
    user.organisation = None
    user.job_title = ""
    user.bio = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()


@transaction.atomic
def access_request_create(*, name: str, email: str, organisation_name: str,
                          motivation: str) -> AccessRequest:
    return AccessRequest.objects.create(
        name=name, email=email, organisation_name=organisation_name, motivation=motivation
    )


@transaction.atomic
def access_request_decide(*, access_request: AccessRequest, approve: bool,
                          decided_by: User, signup_url: str) -> AccessRequest:
    """Approve (the address may then sign up) or reject a request; the requester is told.

    The caller checked that `decided_by` is a curator.
    """
    access_request.state = (
        AccessRequest.State.APPROVED if approve else AccessRequest.State.REJECTED
    )
    access_request.decided_by = decided_by
    access_request.decided_at = timezone.now()
    access_request.save(update_fields=["state", "decided_by", "decided_at"])
    # Decided: the other curators' notifications of it need no one's attention any more.
    access_request.notifications.filter(read_at__isnull=True).update(read_at=access_request.decided_at)
    if approve:
        body = _(
            "Your request to join the AI-vraagbaak has been approved. "
            "Sign up with this e-mail address at %(url)s"
        ) % {"url": signup_url}
    else:
        body = _(
            "Your request to join the AI-vraagbaak has not been approved. "
            "Questions? Write to %(contact)s."
        ) % {"contact": settings.CONTACT_EMAIL}
    email = access_request.email
    transaction.on_commit(
        lambda: send_mail(_("Your request to join the AI-vraagbaak"), body, None, [email])
    )
    return access_request


def signup_path() -> str:
    return reverse("account_signup")
