"""Hybrid ranking of questions: Dutch full text and nearest vectors, fused by reciprocal rank.

Words are no longer all required: a question found by meaning needs none of them, and a
question is also found through one of its answers (vraagbaak.search.answers). An exact
phrase ("...") asks for exact words, so it searches full text only; a `-word` also keeps the
questions found by meaning that contain the word out. Of the questions meaning alone found,
only the few close to the best are listed (semantic.trim_to_close): every question holding
the words stays.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Q, Value, When

from semantic import services as semantic

from .answers import nearest_answers
from .fulltext import WORD, CleanQuery, clean_query, search_questions
from .semantic import CLOSE_THRESHOLD, nearest_question_scores

FULL_TEXT_CANDIDATES = 200
VECTOR_CANDIDATES = 100
EXCLUDED = re.compile(r"(?:^|\s)-(\w+)")


@dataclass
class Ranking:
    ids: list[int]
    # Cosine of each id to the query (only when embeddings are on).
    scores: dict[int, float] = field(default_factory=dict)
    by_meaning: bool = False
    # The answer through which a question was found, when it was closer than the question.
    answers: dict[int, int] = field(default_factory=dict)

    @property
    def best(self) -> float | None:
        return max(self.scores.values()) if self.scores else None

    @property
    def nothing_close(self) -> bool:
        """Nothing above the calibrated threshold (with embeddings), or nothing at all."""
        if not self.by_meaning:
            return not self.ids
        return self.best is None or self.best < CLOSE_THRESHOLD


def rank_questions(queryset, query: CleanQuery) -> Ranking:
    """Ids of `queryset` (visibility and filters applied) best first for `query`."""
    if not query.has_words:
        return Ranking(ids=[])
    full_text_ids = list(
        search_questions(queryset, query).values_list("pk", flat=True)[:FULL_TEXT_CANDIDATES]
    )
    if not semantic.enabled() or '"' in query.text:
        return Ranking(ids=full_text_ids)
    excluded = EXCLUDED.findall(query.text)
    meaning = EXCLUDED.sub(" ", query.text)
    if not WORD.search(meaning):
        return Ranking(ids=full_text_ids)
    if excluded:
        condition = Q()
        for word in excluded:
            condition |= Q(title__icontains=word) | Q(body__icontains=word)
        queryset = queryset.exclude(condition)
    vector = semantic.query_vector(meaning)
    near = nearest_question_scores(vector, k=VECTOR_CANDIDATES) if vector is not None else []
    via_answer = nearest_answers(vector, k=VECTOR_CANDIDATES)
    # What the visitor may see (and the filters, and -word), for both at once.
    allowed = set(queryset.filter(pk__in={*(pk for pk, _ in near), *via_answer})
                  .values_list("pk", flat=True))
    near = [(pk, s) for pk, s in near if pk in allowed]
    via_answer = {pk: found for pk, found in via_answer.items() if pk in allowed}
    scores = dict(near)
    scores.update(semantic.scores(
        kind="question", vector=vector,
        object_ids=[pk for pk in {*full_text_ids, *via_answer} if pk not in scores]))
    # A question found through one of its answers ranks by the closer of the two.
    answers = {}
    for pk, (answer_id, score) in via_answer.items():
        if score > scores.get(pk, -1.0):
            scores[pk], answers[pk] = score, answer_id
    by_meaning = sorted({*dict(near), *answers}, key=lambda pk: -scores[pk])
    ids = semantic.trim_to_close(semantic.fuse([full_text_ids, by_meaning]),
                                 by_words=full_text_ids, scores=scores)
    listed = set(ids)
    answers = {pk: answer_id for pk, answer_id in answers.items() if pk in listed}
    return Ranking(ids=ids, scores=scores, by_meaning=True, answers=answers)


def ranked(queryset, text: str):
    """`queryset` narrowed to the questions found for `text`, best first (the question
    list's keyword: the same ranking as the search page, on a queryset to paginate); a
    question found through an answer carries its id in `search_answer_id`."""
    ranking = rank_questions(queryset, clean_query(text))
    ids = ranking.ids
    if not ids:
        return queryset.none()
    position = Case(*(When(pk=pk, then=Value(i)) for i, pk in enumerate(ids)),
                    output_field=IntegerField())
    queryset = queryset.filter(pk__in=ids).annotate(search_position=position)
    if ranking.answers:
        # The answer each question was found through (answers.matched_answers shows it).
        queryset = queryset.annotate(search_answer_id=Case(
            *(When(pk=pk, then=Value(a)) for pk, a in ranking.answers.items()),
            default=None, output_field=IntegerField()))
    return queryset.order_by("search_position")
