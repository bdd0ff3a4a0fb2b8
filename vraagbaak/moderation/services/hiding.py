"""Hiding and restoring any post, and the flags that can hide one by themselves."""


from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ...models import (
    ActionKind,
    Flag,
    HideReason,
)
from ...notifications import hooks
from ...services.refresh import question_refresh
from ._common import Post, _lock, _log, _require


def _set_hidden(post: Post, reason: str, note: str) -> None:
    post.save(update_fields=post.set_hidden(True, reason=reason, note=note))


def _resolve_flags(post: Post, by) -> int:
    return Flag.objects.filter(
        **{post._meta.model_name: post}, resolved_at__isnull=True
    ).update(resolved_at=timezone.now(), resolved_by=by)


@transaction.atomic
def post_hide(*, post: Post, by, reason: str, note: str = "") -> Post:
    """Hide a question, answer or comment with a reason; never deleted, can be restored.

    Resolves open flags on the post and tells the author why.
    """
    _require(reason in HideReason.values and reason != HideReason.FLAGGED,
             _("Choose a reason for hiding."), "invalid_reason")
    _lock(post)
    _require(not post.is_hidden or post.hidden_reason == HideReason.FLAGGED,
             _("This post is already hidden."), "already_hidden")
    _set_hidden(post, reason, note.strip())
    _resolve_flags(post, by)
    entry = _log(actor=by, action=ActionKind.HIDE, post=post, reason=reason, note=note.strip())
    question_refresh(question=post.thread, touch=False)
    hooks.on_post_hidden(post, by=by, reason_label=HideReason(reason).label, serial=entry.pk)
    return post


@transaction.atomic
def post_restore(*, post: Post, by, note: str = "") -> Post:
    """Bring a hidden post back. A restored answer is published."""
    _lock(post)
    _require(post.is_hidden, _("This post is not hidden."), "not_hidden")
    post.save(update_fields=post.set_hidden(False))
    _resolve_flags(post, by)
    _log(actor=by, action=ActionKind.RESTORE, post=post, note=note.strip())
    question_refresh(question=post.thread, touch=False)
    return post


# --- flags -------------------------------------------------------------------------------


def flag_threshold() -> int:
    return getattr(settings, "FLAG_HIDE_THRESHOLD", 3)


@transaction.atomic
def flag_create(*, post: Post, reporter, reason: str, note: str = "") -> Flag:
    """A member flags a post (the caller checked can_flag). One flag per member per post.

    At FLAG_HIDE_THRESHOLD open flags the post is hidden pending review: the author
    is told why and the theme's moderators find it in their queue.
    """
    _lock(post)
    field = post._meta.model_name
    _require(not Flag.objects.filter(reporter=reporter, **{field: post}).exists(),
             _("You have already flagged this post."), "already_flagged")
    try:
        with transaction.atomic():
            flag = Flag.objects.create(
                reporter=reporter, reason=reason, note=note.strip(), theme_id=post.theme_id,
                **{field: post},
            )
    except IntegrityError as error:  # a double click raced the check above
        raise ValidationError(_("You have already flagged this post."),
                              code="already_flagged") from error
    open_flags = Flag.objects.filter(**{field: post}, resolved_at__isnull=True).count()
    if open_flags >= flag_threshold() and not post.is_hidden:
        _set_hidden(post, HideReason.FLAGGED, "")
        entry = _log(actor=None, action=ActionKind.AUTO_HIDE, post=post, reason=HideReason.FLAGGED)
        question_refresh(question=post.thread, touch=False)
        hooks.on_post_hidden(post, by=None, reason_label=HideReason.FLAGGED.label, serial=entry.pk)
        hooks.on_pending_item(post=post)
    return flag


@transaction.atomic
def flag_dismiss(*, post: Post, by, note: str = "") -> int:
    """A moderator finds the flags unfounded: they are resolved, and a post the flags
    hid comes back. Returns the number of flags resolved."""
    resolved = _resolve_flags(post, by)
    _require(resolved > 0, _("This post has no open flags."), "no_flags")
    if post.is_hidden and post.hidden_reason == HideReason.FLAGGED:
        post_restore(post=post, by=by, note=note)
    _log(actor=by, action=ActionKind.DISMISS_FLAGS, post=post, note=note.strip())
    return resolved
