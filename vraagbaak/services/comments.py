"""Comments: short plain text on a question or an answer, to ask for clarification."""

from django.db import transaction
from django.utils import timezone

from ..models import Answer, Comment, Question
from ..notifications import hooks


@transaction.atomic
def comment_create(*, author, post: Question | Answer, body: str) -> Comment:
    """Add a comment to `post`. The caller checked can_comment(author, post)."""
    if isinstance(post, Question):
        comment = Comment.objects.create(question=post, author=author, body=body)
        question_id = post.pk
    else:
        comment = Comment.objects.create(answer=post, author=author, body=body)
        question_id = post.question_id
    Question.objects.filter(pk=question_id).update(last_activity_at=timezone.now())
    hooks.on_comment_created(comment)
    return comment
