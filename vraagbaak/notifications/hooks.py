"""Who in the Q&A is told of what. The services call these hooks inside their transaction;
`notify` (accounts.notifications) makes the rows at once and sends e-mail after the commit.

Each notification leads to the answer or question it is about (`target`) and is worded
with its question's title (`context`).

Hooks for the asking and answering flows (called from their services):
`on_question_created`, `on_answer_created`, `on_comment_created`, `on_answer_accepted`.
Hooks for moderation are called from vraagbaak.moderation.services.
"""

from django.contrib.auth import get_user_model

from accounts.notifications.kinds import COMMENT, NotificationKind
from accounts.notifications.services import notify

from ..models import Answer, AnswerState, Question
from .services import question_follow

User = get_user_model()


def _about(question: Question, answer: Answer | None = None) -> dict:
    """notify()'s target and context: the answer (or the question), worded by the question."""
    return {"target": answer or question, "context": question}


def theme_moderators(theme_id: int) -> list:
    """Who reviews a theme's pending items: its experts, or the curators when it has none."""
    experts = list(User.objects.experts_of(theme_id))
    return experts or list(User.objects.curators())


def question_followers(question: Question):
    return User.objects.filter(subscriptions__question=question, is_active=True)


def theme_followers(theme_id: int):
    return User.objects.filter(subscriptions__theme_id=theme_id, is_active=True)


def on_question_created(question: Question) -> None:
    """The asker follows their question; the theme's experts and followers hear of it."""
    question_follow(user=question.author, question=question)
    if question.is_hidden:
        return
    audience = {user.pk: user for user in User.objects.experts_of(question.theme_id)}
    audience.update({user.pk: user for user in theme_followers(question.theme_id)})
    notify(
        recipients=audience.values(), kind=NotificationKind.THEME_QUESTION,
        event_key=str(question.pk), actor=question.author, **_about(question),
    )


def on_answer_created(answer: Answer) -> None:
    """The answerer follows the question. A published answer is news for the asker and
    followers; a pending one is news only for the theme's moderators."""
    question = answer.question
    question_follow(user=answer.author, question=question)
    if answer.state == AnswerState.PUBLISHED:
        _answer_published(answer)
    elif answer.state == AnswerState.PENDING:
        on_pending_item(answer=answer)


def on_answer_approved(answer: Answer, *, by) -> None:
    notify(
        recipients=[answer.author], kind=NotificationKind.ANSWER_APPROVED,
        event_key=str(answer.pk), actor=by, **_about(answer.question, answer),
    )
    _answer_published(answer)


def _answer_published(answer: Answer) -> None:
    question = answer.question
    notify(
        recipients=[question.author], kind=NotificationKind.ANSWER_POSTED,
        event_key=str(answer.pk), actor=answer.author, **_about(question, answer),
    )
    others = [
        user for user in question_followers(question)
        if user.pk not in (question.author_id, answer.author_id)
    ]
    notify(
        recipients=others, kind=NotificationKind.FOLLOWED_ACTIVITY,
        event_key=f"answer:{answer.pk}", actor=answer.author, **_about(question, answer),
    )


def on_comment_created(comment) -> None:
    """Followers of the question hear of a new comment on it or on one of its published answers."""
    if comment.is_hidden:
        return
    answer = comment.answer
    if answer is not None and answer.state != AnswerState.PUBLISHED:
        return
    question = comment.thread
    followers = [user for user in question_followers(question) if user.pk != comment.author_id]
    notify(
        recipients=followers, kind=NotificationKind.FOLLOWED_ACTIVITY,
        event_key=f"comment:{comment.pk}", actor=comment.author, **_about(question, answer),
        note=comment.body[:300], variant=COMMENT,
    )


def on_answer_accepted(answer: Answer) -> None:
    question = answer.question
    notify(
        recipients=[answer.author], kind=NotificationKind.ANSWER_ACCEPTED,
        event_key=str(answer.pk), actor=question.author, **_about(question, answer),
    )


def on_pending_item(*, answer: Answer | None = None, post=None) -> None:
    """A new item awaits review: a pending answer, or a post hidden by flags."""
    target = answer or post
    question = target.thread
    key = f"{target._meta.model_name}:{target.pk}:{getattr(target, 'state', 'hidden')}"
    notify(
        recipients=theme_moderators(question.theme_id), kind=NotificationKind.PENDING_REVIEW,
        event_key=key,
        **_about(question, answer or (target if isinstance(target, Answer) else None)),
    )


def on_answer_verified(answer: Answer, *, by) -> None:
    notify(
        recipients=[answer.author], kind=NotificationKind.ANSWER_VERIFIED,
        event_key=f"{answer.pk}:{answer.verified_at:%Y%m%d%H%M%S%f}", actor=by,
        **_about(answer.question, answer),
    )


def on_changes_requested(answer: Answer, *, by, note: str, serial: int) -> None:
    notify(
        recipients=[answer.author], kind=NotificationKind.CHANGES_REQUESTED,
        event_key=f"{answer.pk}:{serial}", actor=by, **_about(answer.question, answer),
        note=note,
    )


def on_post_hidden(post, *, by, reason_label: str, serial: int) -> None:
    """Tell the author their post was hidden, and why."""
    question = post.thread
    notify(
        recipients=[post.author], kind=NotificationKind.POST_HIDDEN,
        event_key=f"{post._meta.model_name}:{post.pk}:{serial}", actor=by,
        **_about(question, post if isinstance(post, Answer) else None), note=str(reason_label),
    )

