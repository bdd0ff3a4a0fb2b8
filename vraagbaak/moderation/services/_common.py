"""What the moderation services share: the log entry, locks and checks."""


from django.core.exceptions import ValidationError

from ...models import (
    Answer,
    Comment,
    ModerationAction,
    Question,
)

Post = Question | Answer | Comment


def _log(*, actor, action: str, post: Post | None = None, reason: str = "", note: str = "",
         theme_id: int | None = None, subject_user=None) -> ModerationAction:
    target = {}
    if post is not None:
        target[post._meta.model_name] = post
        theme_id = post.theme_id
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


def _lock(post: Post) -> Post:
    """Before a moderation step: an answer is locked with its question and reloaded (its state
    decides what the step may do); a question's or comment's flags carry no such state."""
    return _lock_answer(post) if isinstance(post, Answer) else post
