"""The history of a post: every saved version is kept as a Revision.

The first revision is the text as first written; each edit adds the text as
saved then, with who edited and why. The newest revision is the post's current
text, so an editor who opened revision N and finds a newer one has a conflict.
"""

from ..models import Answer, Question, Revision


class EditConflict(Exception):
    """Someone else saved the post after the editor opened it."""

    def __init__(self, latest: Revision | None):
        super().__init__("The post changed after it was opened for editing.")
        self.latest = latest


def latest_revision(*, question: Question | None = None, answer: Answer | None = None):
    post_filter = {"question": question} if question is not None else {"answer": answer}
    return Revision.objects.filter(**post_filter).order_by("-created_at", "-pk").first()


def latest_revision_id(*, question: Question | None = None, answer: Answer | None = None) -> int:
    revision = latest_revision(question=question, answer=answer)
    return revision.pk if revision else 0


def revision_record(
    *, question: Question | None = None, answer: Answer | None = None, edited_by, summary: str = "",
    tag_names: list[str] | None = None,
) -> Revision:
    """Keep the post's current text as a revision. Call inside the transaction that saved it.

    `tag_names`: the question's tags when the caller has them at hand (else they are read)."""
    if question is not None:
        if tag_names is None:
            tag_names = [tag.name for tag in question.tags.all()]
        return Revision.objects.create(
            question=question,
            title=question.title,
            body=question.body,
            tags=", ".join(sorted(tag_names)),
            edited_by=edited_by,
            summary=summary,
        )
    return Revision.objects.create(answer=answer, body=answer.body, edited_by=edited_by, summary=summary)


def revision_check(*, base_revision_id: int, question=None, answer=None) -> None:
    """Raise EditConflict when the post has a newer revision than the one the editor opened."""
    latest = latest_revision(question=question, answer=answer)
    if (latest.pk if latest else 0) != base_revision_id:
        raise EditConflict(latest)
