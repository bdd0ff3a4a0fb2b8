"""Moderation of answers: approve, request changes, verify, mark outdated."""

import re
from difflib import SequenceMatcher

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ...models import (
    ActionKind,
    Answer,
    AnswerState,
)
from ...notifications import hooks
from ...services.refresh import question_refresh
from ._common import _lock_answer, _log, _require


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
    hooks.on_answer_approved(answer, by=by)
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
    hooks.on_changes_requested(answer, by=by, note=note.strip(), serial=entry.pk)
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
    hooks.on_pending_item(answer=answer)
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
    hooks.on_answer_verified(answer, by=by)
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
