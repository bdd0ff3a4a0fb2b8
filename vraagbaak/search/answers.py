"""Answers found by meaning: a question is also found through what one of its answers says.

Only a published answer in a question that is not hidden has a vector (the worker drops it
the moment either changes, and search asks the database again), so no hidden answer or
hidden thread can surface through search. A question found through an answer carries a
small handicap, so that its own vector wins a tie, and the page says which answer matched.
"""

from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator

from semantic import services as semantic
from semantic.indexing import Indexed

from ..models import Answer
from .semantic import ANSWER_KIND, MATCH_FLOOR, PASSAGE_CHARS

# Subtracted from an answer's cosine before it counts for its question (relevance set:
# small enough that an answer only its text finds still leads, large enough that a
# question's own vector wins when both say the same).
ANSWER_HANDICAP = 0.02
SNIPPET_WORDS = 35


def answer_passage(body: str) -> str:
    return body.strip()[:PASSAGE_CHARS]


def answer_texts_of(ids) -> dict[int, list[str]]:
    """The texts of those answers that may be found: published, in a question not hidden."""
    rows = Answer.objects.published().filter(pk__in=ids, question__is_hidden=False)
    return {pk: [answer_passage(body)] for pk, body in rows.values_list("pk", "body")}


# How semantic.indexing indexes answers (the setting SEARCH_INDEXED names it).
INDEXED = Indexed(
    kind=ANSWER_KIND, texts=answer_texts_of,
    ids=lambda: Answer.objects.order_by("pk").values_list("pk", flat=True),
)


def nearest_answers(vector, *, k: int, floor: float = MATCH_FLOOR) -> dict:
    """{question id: (answer id, score)}: the best published answer near `vector` of each
    question that is not hidden, its score less the handicap. The caller keeps only the
    questions its visitor may see (hybrid.rank_questions: one query with the questions')."""
    if vector is None:
        return {}
    near = {pk: s for pk, s in semantic.nearest(kind=ANSWER_KIND, vector=vector, k=k)
            if s >= floor}
    if not near:
        return {}
    # By primary key only: a join with the visitor's questions made PostgreSQL read all of
    # them (20-30 ms at 100,000).
    rows = (Answer.objects.published()
            .filter(pk__in=list(near), question__is_hidden=False)
            .values_list("pk", "question_id"))
    best: dict[int, tuple[int, float]] = {}
    for answer_id, question_id in rows:
        score = near[answer_id] - ANSWER_HANDICAP
        if question_id not in best or score > best[question_id][1]:
            best[question_id] = (answer_id, score)
    return best


@dataclass
class MatchedAnswer:
    pk: int
    url: str
    snippet: str


def matched_answers(questions, answer_ids: dict[int, int] | None = None) -> None:
    """Give each of `questions` found through an answer `matched_answer` (one query). The
    answers are `answer_ids` (question id -> answer id), or else each question's
    `search_answer_id` (hybrid.ranked, the question list's keyword)."""
    if answer_ids is None:
        answer_ids = {q.pk: q.search_answer_id for q in questions
                      if getattr(q, "search_answer_id", None)}
    wanted = {answer_ids[q.pk]: q for q in questions if q.pk in answer_ids}
    if not wanted:
        return
    for answer in Answer.objects.published().filter(pk__in=list(wanted)).only("pk", "body", "body_html"):
        question = wanted[answer.pk]
        question.matched_answer = MatchedAnswer(
            pk=answer.pk, url=f"{question.get_absolute_url()}#antwoord-{answer.pk}",
            snippet=Truncator(" ".join(strip_tags(answer.body_rendered).split())).words(SNIPPET_WORDS),
        )
