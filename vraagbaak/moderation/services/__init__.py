"""Moderation: what experts and curators do to posts, and what flags do by themselves.

Every function here writes one ModerationAction (the append-only log) and
refreshes the question's derived data where counts or state change. Callers
have checked the permission (vraagbaak.permissions.can_moderate and friends);
a step that does not fit the post's current state raises ValidationError with
a code, and changes nothing.
"""


from .answers import (
    answer_after_edit,
    answer_approve,
    answer_clear_outdated,
    answer_edit_clears_verification,
    answer_mark_outdated,
    answer_request_changes,
    answer_resubmit,
    answer_unverify,
    answer_verify,
)
from .experts import expert_appoint, expert_remove
from .hiding import flag_create, flag_dismiss, flag_threshold, post_hide, post_restore
from .questions import question_close, question_reopen

__all__ = [
    "answer_after_edit",
    "answer_approve",
    "answer_clear_outdated",
    "answer_edit_clears_verification",
    "answer_mark_outdated",
    "answer_request_changes",
    "answer_resubmit",
    "answer_unverify",
    "answer_verify",
    "expert_appoint",
    "expert_remove",
    "flag_create",
    "flag_dismiss",
    "flag_threshold",
    "post_hide",
    "post_restore",
    "question_close",
    "question_reopen",
]
