"""Moderation: what experts and curators do to posts, and what flags do by themselves.

Every function here writes one ModerationAction (the append-only log) and
refreshes the question's derived data where counts or state change. Callers
have checked the permission (vraagbaak.permissions.can_moderate and friends);
a step that does not fit the post's current state raises ValidationError with
a code, and changes nothing.
"""

import re
from difflib import SequenceMatcher

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import roles
from accounts.permissions import has_role
from accounts.services import role_grant, role_revoke
from initiatives.models import Theme

from ..models import (
    ActionKind,
    Answer,
    AnswerState,
    CloseReason,
    Comment,
    Flag,
    HideReason,
    ModerationAction,
    Question,
    QuestionState,
)
from ..notifications import events
from ..permissions import post_theme_id
from .stats import question_refresh

Post = Question | Answer | Comment


def _question_of(post: Post) -> Question:
    if isinstance(post, Question):
        return post
    if isinstance(post, Answer):
        return post.question
    return post.question or post.answer.question


def _log(*, actor, action: str, post: Post | None = None, reason: str = "", note: str = "",
         theme_id: int | None = None, subject_user=None) -> ModerationAction:
    target = {}
    if post is not None:
        target[post._meta.model_name] = post
        theme_id = post_theme_id(post)
    return ModerationAction.objects.create(
        actor=actor, action=action, reason=reason, note=note, theme_id=theme_id,
        subject_user=subject_user, **target,
    )


def _require(condition: bool, message: str, code: str) -> None:
    if not condition:
        raise ValidationError(message, code=code)


def _lock_answer(answer: Answer) -> Answer:
    """Lock the answer and its question, and load their current state into `answer`."""
    question = Question.objects.select_for_update().get(pk=answer.question_id)
    fresh = Answer.objects.select_for_update().get(pk=answer.pk)
    for field in Answer._meta.concrete_fields:
        setattr(answer, field.attname, getattr(fresh, field.attname))
    answer.question = question
    return answer


# --- answers ---------------------------------------------------------------------------


@transaction.atomic
def answer_approve(*, answer: Answer, by) -> Answer:
    """Publish a pending answer. Tells the author, the asker and the followers."""
    _lock_answer(answer)
    _require(answer.state == AnswerState.PENDING, _("Only a pending answer can be approved."),
             "not_pending")
    answer.state = AnswerState.PUBLISHED
    answer.published_at = answer.published_at or timezone.now()
    answer.moderation_note = ""
    answer.save(update_fields=["state", "published_at", "moderation_note", "updated_at"])
    _log(actor=by, action=ActionKind.APPROVE, post=answer)
    question_refresh(question=answer.question)
    events.on_answer_approved(answer, by=by)
    return answer


@transaction.atomic
def answer_request_changes(*, answer: Answer, by, note: str) -> Answer:
    """Send a pending answer back to its author with a note; their edit resubmits it."""
    _lock_answer(answer)
    _require(answer.state == AnswerState.PENDING,
             _("Changes can only be requested on a pending answer."), "not_pending")
    _require(bool(note.strip()), _("Tell the author what to change."), "note_required")
    answer.state = AnswerState.CHANGES_REQUESTED
    answer.moderation_note = note.strip()
    answer.save(update_fields=["state", "moderation_note", "updated_at"])
    entry = _log(actor=by, action=ActionKind.REQUEST_CHANGES, post=answer, note=note.strip())
    question_refresh(question=answer.question, touch=False)
    events.on_changes_requested(answer, by=by, note=note.strip(), serial=entry.pk)
    return answer


@transaction.atomic
def answer_resubmit(*, answer: Answer, by) -> Answer:
    """The author edited an answer that needed changes: it returns to the review queue."""
    _lock_answer(answer)
    _require(answer.state == AnswerState.CHANGES_REQUESTED,
             _("This answer is not waiting for changes."), "not_changes_requested")
    answer.state = AnswerState.PENDING
    answer.save(update_fields=["state", "updated_at"])
    _log(actor=by, action=ActionKind.RESUBMIT, post=answer)
    events.on_pending_item(answer=answer)
    return answer


@transaction.atomic
def answer_verify(*, answer: Answer, by) -> Answer:
    """Mark a published answer as verified by an expert (distinct from the asker's acceptance)."""
    _lock_answer(answer)
    _require(answer.state == AnswerState.PUBLISHED, _("Only a published answer can be verified."),
             "not_published")
    _require(answer.verified_at is None, _("This answer is already verified."), "already_verified")
    answer.verified_by = by
    answer.verified_at = timezone.now()
    answer.save(update_fields=["verified_by", "verified_at", "updated_at"])
    _log(actor=by, action=ActionKind.VERIFY, post=answer)
    events.on_answer_verified(answer, by=by)
    return answer


@transaction.atomic
def answer_unverify(*, answer: Answer, by, reason: str = "") -> Answer:
    """Clear an expert verification (by hand, or after a substantive edit)."""
    _require(answer.verified_at is not None, _("This answer is not verified."), "not_verified")
    answer.verified_by = None
    answer.verified_at = None
    answer.save(update_fields=["verified_by", "verified_at", "updated_at"])
    _log(actor=by, action=ActionKind.UNVERIFY, post=answer, reason=reason)
    return answer


_WORD = re.compile(r"\w+", re.UNICODE)
# A replaced word counts as a typo fix when it is this similar to the old one ...
TYPO_SIMILARITY = 0.75
# ... and all typo fixes together change at most this many characters.
TYPO_MAX_CHARACTERS = 3


def answer_edit_clears_verification(old_body: str, new_body: str) -> bool:
    """Is the edit from `old_body` to `new_body` substantive, so a verification must go?

    Not substantive: changes in whitespace, punctuation, Markdown markup and letter
    case, and small typo fixes (words replaced by a near-identical spelling, at most
    TYPO_MAX_CHARACTERS characters in all). Substantive: any word added or removed,
    any changed number (dates, article numbers, amounts), any word replaced by a
    different word. Deliberately strict: adding or dropping "niet" flips advice.
    """
    old_words = _WORD.findall(old_body.casefold())
    new_words = _WORD.findall(new_body.casefold())
    if old_words == new_words:
        return False
    changed = 0
    matcher = SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag != "replace" or (i2 - i1) != (j2 - j1):
            return True
        for old, new in zip(old_words[i1:i2], new_words[j1:j2], strict=True):
            if any(ch.isdigit() for ch in old + new):
                return True
            if SequenceMatcher(a=old, b=new).ratio() < TYPO_SIMILARITY:
                return True
            changed += max(len(old), len(new)) - sum(
                block.size for block in SequenceMatcher(a=old, b=new).get_matching_blocks()
            )
    return changed > TYPO_MAX_CHARACTERS


@transaction.atomic
def answer_after_edit(*, answer: Answer, old_body: str, editor) -> Answer:
    """Moderation consequences of an edit; call from the answer-edit service after saving.

    - a substantive edit clears an expert verification (logged as `unverify`);
    - the author's edit of an answer that needed changes sends it back to the queue;
    - an edit by someone other than the author (a moderator) is logged as `edit`.
    """
    if answer.verified_at is not None and answer_edit_clears_verification(old_body, answer.body):
        answer_unverify(answer=answer, by=editor, reason="substantive-edit")
    if answer.state == AnswerState.CHANGES_REQUESTED and editor.pk == answer.author_id:
        answer_resubmit(answer=answer, by=editor)
    if editor.pk != answer.author_id:
        _log(actor=editor, action=ActionKind.EDIT, post=answer)
    return answer


@transaction.atomic
def answer_mark_outdated(*, answer: Answer, by, note: str) -> Answer:
    """Mark an answer outdated (the law or guidance changed): a banner, and it sorts lower."""
    _require(bool(note.strip()), _("Say why the answer is outdated."), "note_required")
    _require(not answer.is_outdated, _("This answer is already marked outdated."),
             "already_outdated")
    answer.is_outdated = True
    answer.outdated_note = note.strip()
    answer.save(update_fields=["is_outdated", "outdated_note", "updated_at"])
    _log(actor=by, action=ActionKind.MARK_OUTDATED, post=answer, note=note.strip())
    return answer


@transaction.atomic
def answer_clear_outdated(*, answer: Answer, by) -> Answer:
    _require(answer.is_outdated, _("This answer is not marked outdated."), "not_outdated")
    answer.is_outdated = False
    answer.outdated_note = ""
    answer.save(update_fields=["is_outdated", "outdated_note", "updated_at"])
    _log(actor=by, action=ActionKind.CLEAR_OUTDATED, post=answer)
    return answer


# --- any post: hide and restore ----------------------------------------------------------


def _is_hidden(post: Post) -> bool:
    if isinstance(post, Answer):
        return post.state == AnswerState.HIDDEN
    return post.is_hidden


def _set_hidden(post: Post, reason: str, note: str) -> None:
    if isinstance(post, Answer):
        post.state = AnswerState.HIDDEN
        post.hidden_reason = reason
        post.moderation_note = note
        post.save(update_fields=["state", "hidden_reason", "moderation_note", "updated_at"])
    elif isinstance(post, Question):
        post.is_hidden = True
        post.hidden_reason = reason
        post.hidden_note = note
        post.save(update_fields=["is_hidden", "hidden_reason", "hidden_note", "updated_at"])
    else:
        post.is_hidden = True
        post.hidden_reason = reason
        post.save(update_fields=["is_hidden", "hidden_reason"])


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
    if isinstance(post, Answer):
        _lock_answer(post)
    _require(not _is_hidden(post) or post.hidden_reason == HideReason.FLAGGED,
             _("This post is already hidden."), "already_hidden")
    _set_hidden(post, reason, note.strip())
    _resolve_flags(post, by)
    entry = _log(actor=by, action=ActionKind.HIDE, post=post, reason=reason, note=note.strip())
    question_refresh(question=_question_of(post), touch=False)
    events.on_post_hidden(post, by=by, reason_label=HideReason(reason).label, serial=entry.pk)
    return post


@transaction.atomic
def post_restore(*, post: Post, by, note: str = "") -> Post:
    """Bring a hidden post back. A restored answer is published."""
    if isinstance(post, Answer):
        _lock_answer(post)
    _require(_is_hidden(post), _("This post is not hidden."), "not_hidden")
    if isinstance(post, Answer):
        post.state = AnswerState.PUBLISHED
        post.published_at = post.published_at or timezone.now()
        post.hidden_reason = ""
        post.moderation_note = ""
        post.save(update_fields=["state", "published_at", "hidden_reason", "moderation_note",
                                 "updated_at"])
    elif isinstance(post, Question):
        post.is_hidden = False
        post.hidden_reason = ""
        post.hidden_note = ""
        post.save(update_fields=["is_hidden", "hidden_reason", "hidden_note", "updated_at"])
    else:
        post.is_hidden = False
        post.hidden_reason = ""
        post.save(update_fields=["is_hidden", "hidden_reason"])
    _resolve_flags(post, by)
    _log(actor=by, action=ActionKind.RESTORE, post=post, note=note.strip())
    question_refresh(question=_question_of(post), touch=False)
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
    if isinstance(post, Answer):
        _lock_answer(post)
    field = post._meta.model_name
    _require(not Flag.objects.filter(reporter=reporter, **{field: post}).exists(),
             _("You have already flagged this post."), "already_flagged")
    try:
        with transaction.atomic():
            flag = Flag.objects.create(
                reporter=reporter, reason=reason, note=note.strip(), theme_id=post_theme_id(post),
                **{field: post},
            )
    except IntegrityError as error:  # a double click raced the check above
        raise ValidationError(_("You have already flagged this post."),
                              code="already_flagged") from error
    open_flags = Flag.objects.filter(**{field: post}, resolved_at__isnull=True).count()
    if open_flags >= flag_threshold() and not _is_hidden(post):
        _set_hidden(post, HideReason.FLAGGED, "")
        entry = _log(actor=None, action=ActionKind.AUTO_HIDE, post=post, reason=HideReason.FLAGGED)
        question_refresh(question=_question_of(post), touch=False)
        events.on_post_hidden(post, by=None, reason_label=HideReason.FLAGGED.label, serial=entry.pk)
        events.on_pending_item(post=post)
    return flag


@transaction.atomic
def flag_dismiss(*, post: Post, by, note: str = "") -> int:
    """A moderator finds the flags unfounded: they are resolved, and a post the flags
    hid comes back. Returns the number of flags resolved."""
    resolved = _resolve_flags(post, by)
    _require(resolved > 0, _("This post has no open flags."), "no_flags")
    if _is_hidden(post) and post.hidden_reason == HideReason.FLAGGED:
        post_restore(post=post, by=by, note=note)
    _log(actor=by, action=ActionKind.DISMISS_FLAGS, post=post, note=note.strip())
    return resolved


# --- questions ---------------------------------------------------------------------------


@transaction.atomic
def question_close(*, question: Question, by, reason: str, note: str = "",
                   duplicate_of: Question | None = None) -> Question:
    """Close a question with a reason. A duplicate names its original: another question,
    open to readers, that is not itself closed as a duplicate (no chains)."""
    question = Question.objects.select_for_update().get(pk=question.pk)
    _require(question.state != QuestionState.CLOSED, _("This question is already closed."),
             "already_closed")
    _require(reason in CloseReason.values, _("Choose a reason for closing."), "invalid_reason")
    if reason == CloseReason.DUPLICATE:
        _require(duplicate_of is not None, _("Choose the original question."), "original_required")
        _require(duplicate_of.pk != question.pk, _("A question cannot duplicate itself."),
                 "original_is_self")
        duplicate_of = Question.objects.get(pk=duplicate_of.pk)  # judge its current state
        _require(not duplicate_of.is_hidden, _("The original question is hidden."),
                 "original_hidden")
        _require(duplicate_of.close_reason != CloseReason.DUPLICATE,
                 _("The original is itself closed as a duplicate; choose its original."),
                 "original_is_duplicate")
    else:
        duplicate_of = None
    question.state = QuestionState.CLOSED
    question.close_reason = reason
    question.close_note = note.strip()
    question.duplicate_of = duplicate_of
    question.closed_by = by
    question.closed_at = timezone.now()
    question.save(update_fields=["state", "close_reason", "close_note", "duplicate_of",
                                 "closed_by", "closed_at", "updated_at"])
    _log(actor=by, action=ActionKind.CLOSE, post=question, reason=reason, note=note.strip())
    question_refresh(question=question, touch=False)
    return question


@transaction.atomic
def question_reopen(*, question: Question, by, note: str = "") -> Question:
    question = Question.objects.select_for_update().get(pk=question.pk)
    _require(question.state == QuestionState.CLOSED, _("This question is not closed."), "not_closed")
    question.state = QuestionState.OPEN
    question.close_reason = ""
    question.close_note = ""
    question.duplicate_of = None
    question.closed_by = None
    question.closed_at = None
    question.save(update_fields=["state", "close_reason", "close_note", "duplicate_of",
                                 "closed_by", "closed_at", "updated_at"])
    _log(actor=by, action=ActionKind.REOPEN, post=question, note=note.strip())
    question_refresh(question=question, touch=False)
    return question


# --- experts -----------------------------------------------------------------------------


@transaction.atomic
def expert_appoint(*, user, theme: Theme, by) -> None:
    """Make `user` an expert of `theme` (and give them the expert role if they lack it)."""
    _require(not theme.experts.filter(pk=user.pk).exists(),
             _("This member is already an expert of this theme."), "already_expert")
    theme.experts.add(user)
    if not has_role(user, roles.EXPERT):
        role_grant(user=user, role=roles.EXPERT)
    user.__dict__.pop("_expert_theme_ids_cache", None)
    _log(actor=by, action=ActionKind.APPOINT_EXPERT, theme_id=theme.pk, subject_user=user)


@transaction.atomic
def expert_remove(*, user, theme: Theme, by) -> None:
    """Take `theme` from an expert; with no themes left they lose the expert role."""
    _require(theme.experts.filter(pk=user.pk).exists(),
             _("This member is not an expert of this theme."), "not_expert")
    theme.experts.remove(user)
    if not user.expert_themes.exists() and has_role(user, roles.EXPERT):
        role_revoke(user=user, role=roles.EXPERT)
    user.__dict__.pop("_expert_theme_ids_cache", None)
    _log(actor=by, action=ActionKind.REMOVE_EXPERT, theme_id=theme.pk, subject_user=user)
