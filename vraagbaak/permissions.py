"""Who may do what with questions and answers. Views check these; services change data."""

from .models import Answer, Question
from .querysets import can_moderate

__all__ = [
    "can_accept",
    "can_comment",
    "can_edit",
    "can_moderate",
    "can_post",
    "can_vote",
]


def can_post(user) -> bool:
    """Any active member may ask, answer and comment."""
    return bool(user.is_authenticated and user.is_active)


def can_comment(user, post: Question | Answer) -> bool:
    return can_post(user)


def can_vote(user, post: Question | Answer) -> bool:
    """Members vote on other people's posts, never on their own."""
    return can_post(user) and post.author_id != user.pk


def can_accept(user, question: Question) -> bool:
    """Only the asker accepts an answer to their question."""
    return can_post(user) and question.author_id == user.pk


def can_edit(user, post: Question | Answer) -> bool:
    """Authors edit their own posts (moderators' edits belong to the moderation part)."""
    return can_post(user) and post.author_id == user.pk
