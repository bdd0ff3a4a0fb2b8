"""Answering, editing answers and accepting one."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.submissions import DUPLICATE_WINDOW
from initiatives.markup import render_markdown

from ..models import Answer, AnswerKind, AnswerSource, AnswerState, Question
from ..moderation.services import answer_after_edit
from ..notifications import hooks
from ..permissions import can_answer_officially
from .policy import initial_answer_state
from .refresh import question_refresh
from .revisions import revision_check, revision_record


class AnswerNotAcceptable(Exception):
    """Only a published answer to the question itself can be accepted."""


@transaction.atomic
def answer_create(*, question: Question, author, body: str, kind: str = AnswerKind.EXPERIENCE,
                  sources: list[dict] = ()) -> Answer:
    """Answer `question`. The caller checked can_answer(author, question).

    `kind` says whose voice it is; an official position is refused (ValidationError,
    code "not_official") unless can_answer_officially(author), and speaks for the author's
    own organisation. `sources` are dicts of kind, url and title.

    The answer starts pending or published as `initial_answer_state` decides;
    a pending one waits for the moderation part and does not count yet. Raises
    ValidationError (code "question_closed"), changing nothing, when the question
    was closed, also when that happened after the caller checked.
    """
    # With the theme (the policy reads it) and the asker (the hooks tell them), locking only
    # the question's row.
    question = (Question.objects.select_related("theme", "author").select_for_update(of=("self",))
                .get(pk=question.pk))
    if not question.takes_answers:
        raise ValidationError(_("This question is closed and takes no new answers."),
                              code="question_closed")
    if kind == AnswerKind.OFFICIAL and not can_answer_officially(author):
        raise ValidationError(_("Only experts and curators give the official position of their "
                                "organisation."), code="not_official")
    state = initial_answer_state(author=author, question=question)
    now = timezone.now()
    answer = Answer.objects.create(
        question=question, author=author, body=body, body_html=render_markdown(body), state=state,
        published_at=now if state == AnswerState.PUBLISHED else None, kind=kind,
        official_organisation_id=author.organisation_id if kind == AnswerKind.OFFICIAL else None,
    )
    AnswerSource.objects.bulk_create([
        AnswerSource(answer=answer, kind=source["kind"], url=source["url"],
                     title=source.get("title", ""), position=position)
        for position, source in enumerate(sources)
    ])
    revision_record(answer=answer, edited_by=author)
    question_refresh(question=question, new_answer=answer)
    hooks.on_answer_created(answer)
    return answer


def answer_recent_duplicate(*, question: Question, author, body: str) -> Answer | None:
    """The same answer by `author` to `question` within DUPLICATE_WINDOW, if any."""
    since = timezone.now() - DUPLICATE_WINDOW
    return (Answer.objects.filter(question=question, author=author, body=body,
                                  created_at__gte=since).order_by("created_at").first())


@transaction.atomic
def answer_edit(*, answer: Answer, editor, body: str, summary: str, base_revision_id: int) -> Answer:
    """Save a new version of `answer`, kept as a revision.

    The caller checked can_edit(editor, answer). Raises EditConflict (changing
    nothing) when the answer was saved by someone else after `base_revision_id`.
    """
    question = Question.objects.select_for_update().get(pk=answer.question_id)
    answer = Answer.objects.select_for_update().get(pk=answer.pk)
    revision_check(answer=answer, base_revision_id=base_revision_id)
    old_body = answer.body
    answer.body = body
    answer.body_html = render_markdown(body)
    answer.save(update_fields=["body", "body_html", "updated_at"])
    revision_record(answer=answer, edited_by=editor, summary=summary)
    answer_after_edit(answer=answer, old_body=old_body, editor=editor)
    question_refresh(question=question)
    return answer


@transaction.atomic
def answer_accept(*, answer: Answer, accepted_by) -> Question:
    """Mark `answer` as the accepted one, replacing an earlier choice.

    The caller checked can_accept(accepted_by, answer.question). Accepting the answer that
    is already accepted changes nothing and tells no one again (a double click).
    """
    question = Question.objects.select_for_update().get(pk=answer.question_id)
    if answer.state != AnswerState.PUBLISHED:
        raise AnswerNotAcceptable
    if question.accepted_answer_id == answer.pk:
        return question
    question.accepted_answer = answer
    question.save(update_fields=["accepted_answer", "updated_at"])
    hooks.on_answer_accepted(answer)
    return question_refresh(question=question)


@transaction.atomic
def answer_unaccept(*, question: Question, accepted_by, answer: Answer | None = None) -> Question:
    """Withdraw the acceptance. The caller checked can_accept(accepted_by, question).

    With `answer`, only while that answer is still the accepted one: a withdrawal from a
    page that showed an older choice leaves a newer one alone.
    """
    question = Question.objects.select_for_update().get(pk=question.pk)
    if question.accepted_answer_id is None or (
        answer is not None and question.accepted_answer_id != answer.pk
    ):
        return question
    question.accepted_answer = None
    question.save(update_fields=["accepted_answer", "updated_at"])
    return question_refresh(question=question)
