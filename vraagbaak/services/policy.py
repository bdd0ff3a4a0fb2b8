"""Policy decisions the answer services ask for, kept apart so moderation can tune them."""

from django.conf import settings

from accounts.permissions import is_curator, is_expert

from ..models import AnswerState, Question


def published_post_count(user) -> int:
    """Published answers plus visible questions of `user`."""
    return (
        user.answers.published().count()
        + user.questions.public().count()
    )


def initial_answer_state(*, author, question: Question) -> AnswerState:
    """Pending when the theme wants every answer reviewed or the author is new; else published.

    Experts and curators always publish at once. "New" means fewer than
    settings.ANSWER_REVIEW_THRESHOLD published posts (answers and visible questions).
    """
    if is_expert(author) or is_curator(author):
        return AnswerState.PUBLISHED
    if question.theme.review_every_answer:
        return AnswerState.PENDING
    if published_post_count(author) < settings.ANSWER_REVIEW_THRESHOLD:
        return AnswerState.PENDING
    return AnswerState.PUBLISHED
