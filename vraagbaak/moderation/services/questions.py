"""Closing and reopening questions."""


from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ...models import (
    ActionKind,
    CloseReason,
    Question,
    QuestionState,
)
from ...services.refresh import question_refresh
from ._common import _log, _require


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
