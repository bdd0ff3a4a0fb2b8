"""Comments: short plain text on a question or an answer, to ask for clarification."""

from django.db import transaction
from django.utils import timezone

from accounts.submissions import DUPLICATE_WINDOW

from ..models import Answer, Comment, Question
from ..notifications import hooks


@transaction.atomic
def comment_create(*, author, post: Question | Answer, body: str) -> Comment:
    """Add a comment to `post`. The caller checked can_comment(author, post)."""
    # A comment is on the question or on the answer: the field is named after the post's model.
    comment = Comment.objects.create(**{post._meta.model_name: post}, author=author, body=body)
    Question.objects.filter(pk=post.thread_id).update(last_activity_at=timezone.now())
    hooks.on_comment_created(comment)
    return comment


def comment_recent_duplicate(*, post: Question | Answer, author, body: str) -> Comment | None:
    """The same comment by `author` on `post` within DUPLICATE_WINDOW, if any."""
    since = timezone.now() - DUPLICATE_WINDOW
    return (Comment.objects.filter(**{post._meta.model_name: post}, author=author, body=body,
                                   created_at__gte=since).order_by("created_at").first())
