"""The registry found by meaning: each initiative's text, its vector, similar initiatives.

Uses the leaf `semantic`; a no-op when embeddings are off. The worker embeds an initiative
after each create, edit or import (`initiative_embed_later`, through the generic
`semantic.indexing`) and stores its nearest initiatives, so the initiative page reads them
and never searches.
"""

from semantic import indexing
from semantic import services as semantic
from semantic.indexing import Indexed

from .models import Initiative

KIND = "initiative"
# e5 reads ~5 ms per token on this machine's CPU: the start of a text says what it is about.
PASSAGE_CHARS = 700
CANDIDATES = 100
# Below this cosine a vector neighbour of a query is noise, not a match (relevance set).
MATCH_FLOOR = 0.80
CLOSE_THRESHOLD = 0.846


def semantic_enabled() -> bool:
    return semantic.enabled()


def initiative_passage(initiative: Initiative) -> str:
    """What the initiative is about, in the words its page uses (a summary that only
    repeats the start of the description, as imported ones do, counted once)."""
    summary = initiative.summary.strip()
    description = initiative.description.strip()
    if summary and description.startswith(summary[:100]):
        summary = ""
    parts = [initiative.title, summary, description, initiative.results,
             initiative.lessons_learned]
    return "\n".join(part.strip() for part in parts if part and part.strip())[:PASSAGE_CHARS]


def initiative_texts(initiative: Initiative) -> list[str]:
    """The texts whose vectors make the initiative's: its title, and its passage."""
    return [initiative.title, initiative_passage(initiative)]


def initiative_texts_of(ids) -> dict[int, list[str]]:
    """Every initiative's texts (a draft is found by its curators; the pages filter)."""
    return {i.pk: initiative_texts(i) for i in Initiative.objects.filter(pk__in=ids)}


# How semantic.indexing indexes initiatives (the setting SEARCH_INDEXED names it).
INDEXED = Indexed(
    kind=KIND, texts=initiative_texts_of,
    ids=lambda: Initiative.objects.order_by("pk").values_list("pk", flat=True),
)


def initiative_embed_later(*, initiative: Initiative) -> None:
    """After the commit, have the worker embed `initiative` and refresh its neighbours."""
    indexing.index_later(kind=KIND, ids=[initiative.pk])


def rank_initiatives(queryset, query: str, full_text_ids: list[int]) -> tuple[list[int], dict]:
    """Ids of `queryset` (visibility and filters applied) best first for `query`, with scores.

    The full-text ranking and the nearest vectors fused by reciprocal rank; a vector
    neighbour counts only above MATCH_FLOOR, and is listed only when close to the best
    (semantic.trim_to_close). Without embeddings: the full-text order.
    """
    vector = semantic.query_vector(query)
    if vector is None:
        return full_text_ids, {}
    near = [(pk, s) for pk, s in semantic.nearest(kind=KIND, vector=vector, k=CANDIDATES)
            if s >= MATCH_FLOOR]
    allowed = set(queryset.filter(pk__in=[pk for pk, _ in near]).values_list("pk", flat=True))
    vector_ids = [pk for pk, _ in near if pk in allowed]
    scores = semantic.scores(kind=KIND, vector=vector, object_ids={*vector_ids, *full_text_ids})
    ids = semantic.trim_to_close(semantic.fuse([full_text_ids, vector_ids]),
                                 by_words=full_text_ids, scores=scores)
    return ids, scores


def similar_initiative_ids(initiative: Initiative) -> list[int] | None:
    """The stored neighbours' ids, best first; None when none are stored (embeddings off)."""
    stored = semantic.neighbours_of(kind=KIND, object_id=initiative.pk, other_kind=KIND)
    return [pk for pk, _ in stored] if stored else None
