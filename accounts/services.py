"""Changes to people and organisations. Callers have checked permissions."""

from django.contrib.auth.models import Group
from django.db import transaction

from . import roles
from .models import Organisation, User


@transaction.atomic
def member_role_grant(*, user: User) -> None:
    """Every signed-up person is a member."""
    user.groups.add(Group.objects.get(name=roles.MEMBER))


@transaction.atomic
def role_grant(*, user: User, role: str) -> None:
    """Give `user` a role. Curators also get access to the admin (is_staff)."""
    user.groups.add(Group.objects.get(name=role))
    if role == roles.CURATOR and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("_role_names_cache", None)


@transaction.atomic
def role_revoke(*, user: User, role: str) -> None:
    user.groups.remove(Group.objects.get(name=role))
    if role == roles.CURATOR and user.is_staff and not user.is_superuser:
        user.is_staff = False
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("_role_names_cache", None)


@transaction.atomic
def profile_update(
    *,
    user: User,
    display_name: str,
    organisation: Organisation | None,
    job_title: str,
    bio: str,
) -> User:
    user.display_name = display_name
    user.organisation = organisation
    user.job_title = job_title
    user.bio = bio
    user.save(update_fields=["display_name", "organisation", "job_title", "bio"])
    return user
