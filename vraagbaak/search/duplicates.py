"""The moderators' duplicate finder (closing a question as a duplicate), by meaning.

Without a search term it offers the question's stored nearest questions; with one, the
questions nearest to the term (a question number still goes straight to that question).
None when embeddings are off: the caller's full-text finder serves.
"""

from semantic import services as semantic

from ..models import Question
from .semantic import KIND, nearest_questions, stored_neighbour_ids

LIMIT = 10


def duplicate_candidates(question: Question, query: str) -> list[Question] | None:
    if not semantic.enabled():
        return None
    candidates = (
        Question.objects.public().exclude(pk=question.pk)
        .exclude(close_reason="duplicate")
    )
    if query:
        _, near = nearest_questions(candidates, query, k=LIMIT * 3)
        ids = [pk for pk, _ in near]
    else:
        ids = stored_neighbour_ids(question, KIND) or []
    by_pk = {q.pk: q for q in candidates.filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk][:LIMIT]
