"""Votes on questions and answers: one per member per post, changeable, never on your own."""

from django.db import transaction

from ..models import Answer, Question, Vote
from .refresh import score_refresh


class VoteNotAllowed(Exception):
    """Members never vote on their own posts."""


@transaction.atomic
def vote_set(*, user, post: Question | Answer, value: int) -> int:
    """Set `user`'s vote on `post` to +1 or -1, or withdraw it with 0. Returns the new score.

    The caller checked can_vote(user, post); this refuses own posts again, because
    a score must never count its author's vote.
    """
    if value not in (Vote.UP, Vote.DOWN, 0):
        raise ValueError(value)
    if post.author_id == user.pk:
        raise VoteNotAllowed
    is_question = isinstance(post, Question)
    # Lock the question so counters of concurrent votes do not overwrite each other.
    question = Question.objects.select_for_update().get(pk=post.pk if is_question else post.question_id)
    post_filter = {"question": question} if is_question else {"answer_id": post.pk}
    if value == 0:
        Vote.objects.filter(user=user, **post_filter).delete()
    else:
        Vote.objects.update_or_create(user=user, **post_filter, defaults={"value": value})
    if is_question:
        return score_refresh(post=question)
    return score_refresh(post=Answer.objects.select_for_update().get(pk=post.pk))
