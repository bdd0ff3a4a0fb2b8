"""Measure the relevance set on each search surface: recall@5, MRR and the false-match rate.

Used by scripts/relevance.py (prints) and tests/search/test_relevance.py (floors). Runs on
the database Django is set up with, which must hold the demo content (load_demo, or the
`demo_content` fixture) and, with embeddings on, its vectors (search_index).
"""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.test import Client
from django.urls import reverse

from initiatives import semantic as registry
from initiatives.filters import InitiativeFilterSet
from initiatives.models import Initiative
from initiatives.selectors import search_ranked
from vraagbaak.models import Question
from vraagbaak.search import clean_query, similar_questions
from vraagbaak.search.hybrid import rank_questions, ranked

from .relevance_set import ANSWER_TEXT, CROSS_LANGUAGE, NO_ANSWER, PARAPHRASES

TOP = 5


@dataclass
class Figures:
    surface: str
    queries: int
    recall_at_5: float
    mrr: float
    misses: list[str]

    def line(self) -> str:
        return (f"{self.surface:<44} n={self.queries:<3} recall@5 {self.recall_at_5:.2f}"
                f"  MRR {self.mrr:.2f}")


def _score(surface, cases, found_for, is_hit) -> Figures:
    hits, reciprocal, misses = 0, 0.0, []
    for query, expected in cases:
        found = found_for(query)[:TOP]
        rank = next((i for i, item in enumerate(found, 1) if is_hit(item, expected)), None)
        if rank:
            hits += 1
            reciprocal += 1 / rank
        else:
            misses.append(query)
    n = len(cases)
    return Figures(surface, n, hits / n, reciprocal / n, misses)


def _questions():
    return Question.objects.visible_to(AnonymousUser())


def search_question_titles(query: str) -> list[str]:
    """/zoeken/: the questions, best first."""
    ids = rank_questions(_questions(), clean_query(query)).ids[:TOP]
    titles = dict(Question.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [titles[pk] for pk in ids]


def question_list_titles(query: str) -> list[str]:
    """The question list's keyword (/vragen/?q=): the ranked queryset it paginates."""
    return list(ranked(_questions(), query).values_list("title", flat=True)[:TOP])


def similar_titles(query: str) -> list[str]:
    """The ask form's similar questions, for `query` typed as the title."""
    return [q.title for q in similar_questions(_questions(), query, TOP)]


def initiative_titles(query: str) -> list[str]:
    """/initiatieven/?q=: the list page's filter set, ordered as the page orders it."""
    data = QueryDict(mutable=True)
    data["q"] = query
    found = InitiativeFilterSet(data, queryset=Initiative.objects.published()).results
    return list(found.values_list("title", flat=True)[:TOP])


def api_titles(query: str) -> list[str]:
    """The API's q (/api/v1/initiatives/?q=), through the API itself."""
    response = Client(HTTP_HOST="localhost").get(
        reverse("initiatives:api-initiative-list"), {"q": query, "page_size": TOP})
    return [item["title"] for item in response.json()["results"]][:TOP]


def _title_is(title, expected):
    return title == expected


def _title_starts(title, expected):
    return any(title.startswith(part) for part in expected)


def measure() -> list[Figures]:
    return [
        _score("paraphrases: /zoeken/", PARAPHRASES, search_question_titles, _title_is),
        _score("paraphrases: question list ?q=", PARAPHRASES, question_list_titles, _title_is),
        _score("paraphrases: similar questions (ask form)", PARAPHRASES, similar_titles,
               _title_is),
        _score("answer text: /zoeken/", ANSWER_TEXT, search_question_titles, _title_is),
        _score("cross-language: /initiatieven/?q=", CROSS_LANGUAGE, initiative_titles,
               _title_starts),
        _score("cross-language: API q", CROSS_LANGUAGE, api_titles, _title_starts),
    ]


def listed() -> dict[str, list[int]]:
    """How many results each query of the set lists (on every page): questions on /zoeken/
    (and the question list's keyword, the same ranking) and initiatives on /initiatieven/."""
    questions = [query for query, _ in (*PARAPHRASES, *ANSWER_TEXT)] + list(NO_ANSWER)
    data = QueryDict(mutable=True)
    counts = {"/zoeken/ questions": [], "/initiatieven/?q= initiatives": []}
    for query in questions:
        counts["/zoeken/ questions"].append(len(rank_questions(_questions(), clean_query(query)).ids))
    for query, _ in CROSS_LANGUAGE:
        data["q"] = query
        found = InitiativeFilterSet(data, queryset=Initiative.objects.published()).results
        counts["/initiatieven/?q= initiatives"].append(found.count())
    return counts


def false_matches() -> dict[str, list[str]]:
    """For each surface, the no-answer queries that were shown a match above the threshold
    (without embeddings there is no threshold: any result counts)."""
    from semantic import services as semantic

    shown = {"/zoeken/ (questions and initiatives)": [], "similar questions: near-duplicate": []}
    for query in NO_ANSWER:
        ranking = rank_questions(_questions(), clean_query(query))
        found = search_ranked(Initiative.objects.published(), query)
        if semantic.enabled():
            close_initiative = any(
                getattr(i, "closeness", 0) >= registry.CLOSE_THRESHOLD for i in found[:TOP]
            )
            if not ranking.nothing_close or close_initiative:
                shown["/zoeken/ (questions and initiatives)"].append(query)
            if any(q.is_near_duplicate for q in similar_questions(_questions(), query, TOP)):
                shown["similar questions: near-duplicate"].append(query)
        else:
            if ranking.ids or found.exists():
                shown["/zoeken/ (questions and initiatives)"].append(query)
            if similar_questions(_questions(), query, TOP):
                shown["similar questions: near-duplicate"].append(query)
    return shown
