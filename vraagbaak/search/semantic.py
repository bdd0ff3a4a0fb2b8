"""Questions found by meaning: each question's text, its vector and its stored neighbours.

The worker embeds a question and its answers after each change (`question_embed_later`,
called by question_refresh, through the generic `semantic.indexing`) and stores the
question's nearest questions and initiatives, so the question page reads its related items
with one indexed query and never searches. A no-op when embeddings are off.
"""

from semantic import indexing
from semantic import services as semantic
from semantic.indexing import Indexed

from ..models import Answer, AnswerState, Question

KIND = "question"
ANSWER_KIND = "answer"
# e5 reads ~5 ms per token on this machine's CPU: the start of a text says what it is about.
PASSAGE_CHARS = 700
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


def question_texts_of(ids) -> dict[int, list[str]]:
    """Each question's texts: its title, and its passage. A hidden question keeps its vector:
    its author and the theme's moderators still find it (search filters by visibility)."""
    questions = list(Question.objects.filter(pk__in=ids).only("pk", "title", "body"))
    answers = _best_answers([q.pk for q in questions])
    return {q.pk: [q.title, question_passage(q, answers.get(q.pk, ""))] for q in questions}


# How semantic.indexing indexes questions (the setting SEARCH_INDEXED names it).
INDEXED = Indexed(
    kind=KIND, texts=question_texts_of,
    ids=lambda: Question.objects.order_by("pk").values_list("pk", flat=True),
)


def question_neighbours_refresh(*, question_id: int) -> None:
    """Store the nearest questions and initiatives of one question."""
    indexing.neighbours_refresh(kind=KIND, object_id=question_id)


def question_embed_later(*, question: Question, answer_ids: list[int] | None = None) -> None:
    """After the commit, have the worker embed `question` and its answers (which lose their
    vectors when hidden, or when the question is), or of those only `answer_ids` when the
    caller knows which changed: nothing when embeddings are off."""
    if semantic.queue_enabled():
        indexing.index_later(kind=KIND, ids=[question.pk])
        if answer_ids is None:
            answer_ids = Answer.objects.filter(question=question).values_list("pk", flat=True)
        indexing.index_later(kind=ANSWER_KIND, ids=answer_ids)


def nearest_question_scores(vector, *, k: int = 100, floor: float = MATCH_FLOOR):
    """(id, score) of the questions nearest to `vector`, best first, visible or not."""
    return [(pk, s) for pk, s in semantic.nearest(kind=KIND, vector=vector, k=k) if s >= floor]


def nearest_questions(queryset, text: str, *, k: int = 100, floor: float = MATCH_FLOOR):
    """(id, score) of the questions of `queryset` nearest to `text`, best first."""
    vector = semantic.query_vector(text)
    if vector is None:
        return None, []
    near = nearest_question_scores(vector, k=k, floor=floor)
    allowed = set(queryset.filter(pk__in=[pk for pk, _ in near]).values_list("pk", flat=True))
    return vector, [(pk, s) for pk, s in near if pk in allowed]


def stored_neighbour_ids(question: Question, other_kind: str = KIND) -> list[int] | None:
    """The stored neighbours' ids, best first; None when none are stored."""
    stored = semantic.neighbours_of(kind=KIND, object_id=question.pk, other_kind=other_kind)
    return [pk for pk, _ in stored] if stored else None
