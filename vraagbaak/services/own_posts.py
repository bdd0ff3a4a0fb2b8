"""What authors do to their own posts beyond editing: delete them."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext as _

from semantic import indexing

from ..models import Answer, Comment, Question
from ..search.semantic import ANSWER_KIND, KIND
from .refresh import question_refresh


@transaction.atomic
def post_delete(*, post: Question | Answer | Comment, by) -> Question | None:
    """Delete `post` with its revisions, comments, votes and flags; the question it was on
    (None when the question itself went). The caller checked can_delete(by, post).

    A post a moderator acted on stays: the moderation log keeps pointing at it (append-only).
    Raises ValidationError (code "moderated"), changing nothing, then; its author can still
    take personal data out of it by redaction.
    """
    thread = None if isinstance(post, Question) else Question.objects.select_for_update().get(
        pk=post.thread.pk)
    vectors = vectors_of(post)
    try:
        with transaction.atomic():
            post.delete()
    except ProtectedError as error:
        raise ValidationError(
            _("A moderator acted on this post, so it stays in the moderation log and cannot be "
              "deleted. You can still remove personal data from it, or ask a moderator to hide "
              "it."), code="moderated") from error
    for kind, ids in vectors.items():
        indexing.items_drop(kind=kind, ids=ids)
    if thread is not None:
        question_refresh(question=thread, touch=False)
    return thread


def vectors_of(post) -> dict[str, list[int]]:
    """The vectors that go with a post (finding by meaning): a question's and its answers'."""
    if isinstance(post, Question):
        return {KIND: [post.pk],
                ANSWER_KIND: list(post.answers.values_list("pk", flat=True))}
    if isinstance(post, Answer):
        return {ANSWER_KIND: [post.pk]}
    return {}
