"""Appointing and removing the experts of a theme."""


from django.db import transaction
from django.utils.translation import gettext as _

from accounts import roles
from accounts.permissions import has_role
from accounts.services import role_grant, role_revoke
from initiatives.models import Theme

from ...models import (
    ActionKind,
)
from ._common import _log, _require


@transaction.atomic
def expert_appoint(*, user, theme: Theme, by) -> None:
    """Make `user` an expert of `theme` (and give them the expert role if they lack it)."""
    _require(not theme.experts.filter(pk=user.pk).exists(),
             _("This member is already an expert of this theme."), "already_expert")
    theme.experts.add(user)
    if not has_role(user, roles.EXPERT):
        role_grant(user=user, role=roles.EXPERT, by=by)
    user.__dict__.pop("_expert_theme_ids_cache", None)
    _log(actor=by, action=ActionKind.APPOINT_EXPERT, theme_id=theme.pk, subject_user=user)


@transaction.atomic
def expert_remove(*, user, theme: Theme, by) -> None:
    """Take `theme` from an expert; with no themes left they lose the expert role."""
    _require(theme.experts.filter(pk=user.pk).exists(),
             _("This member is not an expert of this theme."), "not_expert")
    theme.experts.remove(user)
    if not user.expert_themes.exists() and has_role(user, roles.EXPERT):
        role_revoke(user=user, role=roles.EXPERT, by=by)
    user.__dict__.pop("_expert_theme_ids_cache", None)
    _log(actor=by, action=ActionKind.REMOVE_EXPERT, theme_id=theme.pk, subject_user=user)
