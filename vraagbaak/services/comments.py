"""Comments: short plain text on a question or an answer, to ask for clarification."""

from django.db import transaction
from django.utils import timezone

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
