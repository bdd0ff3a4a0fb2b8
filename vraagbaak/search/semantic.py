"""Questions found by meaning: each question's text, its vector and its stored neighbours.

The worker embeds a question after each change (`question_embed_later`, called by
question_refresh) and stores its nearest questions and initiatives, so the question page
reads its related items with one indexed query and never searches. A no-op when
embeddings are off.
"""

from django.db import transaction
from django.tasks import task

from initiatives import semantic as registry
from semantic import services as semantic

from ..models import Answer, AnswerState, Question

KIND = "question"
# e5 reads ~5 ms per token on this machine's CPU: the start of a text says what it is about.
PASSAGE_CHARS = 700
STORED = semantic.LIST_SIZE
# Cosines of e5, calibrated on tests/vraagbaak/relevance/ (scripts/relevance.py):
# below MATCH_FLOOR a neighbour is noise; from CLOSE_THRESHOLD on it is "close";
# from DUPLICATE_THRESHOLD on a new question is probably already asked.
MATCH_FLOOR = 0.80
CLOSE_THRESHOLD = 0.856
DUPLICATE_THRESHOLD = 0.92


def question_passage(question: Question, answer_body: str = "") -> str:
    """Title, body and the accepted (or else an expert-verified) answer."""
    parts = [question.title, question.body.strip()[:400], answer_body.strip()[:250]]
    return "\n".join(part.strip() for part in parts if part and part.strip())[:PASSAGE_CHARS]


def _best_answers(question_ids) -> dict[int, str]:
    best = dict(
        Question.objects.filter(pk__in=question_ids, accepted_answer__state=AnswerState.PUBLISHED)
        .values_list("pk", "accepted_answer__body")
    )
    verified = Answer.objects.filter(
        question_id__in=question_ids, state=AnswerState.PUBLISHED, verified_at__isnull=False
    ).order_by("-verified_at")
    for question_id, body in verified.values_list("question_id", "body"):
        best.setdefault(question_id, body)
    return best


def questions_embed(*, questions, force: bool = False) -> int:
    questions = list(questions)
    answers = _best_answers([q.pk for q in questions])
    return semantic.embeddings_store(
        kind=KIND,
        items=[(q.pk, [q.title, question_passage(q, answers.get(q.pk, ""))]) for q in questions],
        force=force,
    )


def question_neighbours_refresh(*, question_id: int, initiatives: bool = True) -> None:
    """Store the nearest questions and (with `initiatives`) initiatives of one question."""
    vector = semantic.stored_vector(kind=KIND, object_id=question_id)
    if vector is None:
        return
    near = semantic.nearest(kind=KIND, vector=vector, k=STORED + 1, exclude=[question_id])
    semantic.neighbours_store(kind=KIND, object_id=question_id, other_kind=KIND, items=near[:STORED])
    if initiatives:
        near = semantic.nearest(kind=registry.KIND, vector=vector, k=STORED)
        semantic.neighbours_store(kind=KIND, object_id=question_id, other_kind=registry.KIND,
                                  items=near)


@task
def embed_question(*, question_id: int) -> None:
    question = Question.objects.filter(pk=question_id).first()
    if question is None or not semantic.enabled():
        return
    if questions_embed(questions=[question]):
        question_neighbours_refresh(question_id=question_id)
        # The questions near it now have a new neighbour: their stored lists take it in.
        vector = semantic.stored_vector(kind=KIND, object_id=question_id)
        semantic.neighbours_offer(kind=KIND, object_id=question_id, vector=vector)


def question_embed_later(*, question: Question) -> None:
    """After the commit, have the worker embed `question` (nothing when embeddings are off)."""
    if semantic.queue_enabled():
        pk = question.pk
        transaction.on_commit(lambda: embed_question.enqueue(question_id=pk))


def nearest_questions(queryset, text: str, *, k: int = 100, floor: float = MATCH_FLOOR):
    """(id, score) of the questions of `queryset` nearest to `text`, best first."""
    vector = semantic.query_vector(text)
    if vector is None:
        return None, []
    near = [(pk, s) for pk, s in semantic.nearest(kind=KIND, vector=vector, k=k) if s >= floor]
    allowed = set(queryset.filter(pk__in=[pk for pk, _ in near]).values_list("pk", flat=True))
    return vector, [(pk, s) for pk, s in near if pk in allowed]


def stored_neighbour_ids(question: Question, other_kind: str = KIND) -> list[int] | None:
    """The stored neighbours' ids, best first; None when none are stored."""
    stored = semantic.neighbours_of(kind=KIND, object_id=question.pk, other_kind=other_kind)
    return [pk for pk, _ in stored] if stored else None
