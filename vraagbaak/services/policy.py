"""Policy decisions the answer services ask for, kept apart so moderation can tune them."""

from django.conf import settings

from accounts.permissions import is_curator, is_expert

from ..models import AnswerState, Question


def published_post_count(user, *, up_to: int | None = None) -> int:
    """Published answers plus visible questions of `user`.

    With `up_to`, counted no further than that: what the policy asks is whether an author
    has reached a threshold, so a prolific author (thousands of posts) costs no more to
    check than a new one (each count reads at most `up_to` rows through LIMIT).
    """
    if up_to is None:
        return user.answers.published().count() + user.questions.public().count()
    if up_to <= 0:
        return 0
    answers = user.answers.published().order_by().values("pk")[:up_to].count()
    if answers >= up_to:
        return answers
    return answers + user.questions.public().order_by().values("pk")[: up_to - answers].count()


def initial_answer_state(*, author, question: Question) -> AnswerState:
    """Pending when the theme wants every answer reviewed or the author is new; else published.

    Experts and curators always publish at once. "New" means fewer than
    settings.ANSWER_REVIEW_THRESHOLD published posts (answers and visible questions).
    """
    if is_expert(author) or is_curator(author):
        return AnswerState.PUBLISHED
    if question.theme.review_every_answer:
        return AnswerState.PENDING
    threshold = settings.ANSWER_REVIEW_THRESHOLD
    if published_post_count(author, up_to=threshold) < threshold:
        return AnswerState.PENDING
    return AnswerState.PUBLISHED
