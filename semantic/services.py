"""Writes and reads of vectors and neighbours; each part calls these with its own texts.

Every function is a no-op (or returns nothing) when embeddings are off, so callers need
no switch of their own.
"""

import contextvars
import hashlib
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from functools import lru_cache

import numpy as np
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from .backends import get_backend
from .cache import shipped
from .index import from_bytes, index_for, to_bytes
from .models import Embedding, Neighbour
from .versions import vectors_changed

# Reciprocal rank fusion's constant (Cormack et al. 2009): the usual 60 dampens the head
# of each list so that agreement between the lists counts more than one list's first place.
RRF_K = 60
# How many neighbours each item keeps of each kind.
LIST_SIZE = 10
# e5 puts nearly everything a little above the match floor: of the results only meaning
# found, a search lists those within MEANING_MARGIN of the best cosine, at most
# MEANING_LIMIT (relevance set, tests/search/: the sought item lies at most 0.027 below the
# best and among its first five; a long question then lists 10 questions, not all 51).
MEANING_MARGIN = 0.035
MEANING_LIMIT = 10
# An item's neighbour ids stay in the shared cache this long; every store puts the new ones
# there, so a page reads the table only after the cache lost them.
NEIGHBOUR_IDS_SECONDS = 24 * 3600


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_paused = contextvars.ContextVar("semantic_paused", default=False)


def enabled() -> bool:
    return get_backend() is not None


def queue_enabled() -> bool:
    """Whether a change should have the worker embed the item (not inside `paused()`)."""
    return not _paused.get() and enabled()


@contextmanager
def paused():
    """Within: changes queue no embedding; the caller indexes everything at the end, in
    batches (the demo load and the bulk imports)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def _item_text(texts: Sequence[str]) -> str:
    return "\x00".join(texts)


def _combine(vectors: np.ndarray) -> np.ndarray:
    vector = vectors.sum(axis=0)
    return vector / (np.linalg.norm(vector) or 1.0)


def embeddings_store(
    *, kind: str, items: Sequence[tuple[int, Sequence[str]]], force: bool = False
) -> int:
    """Embed the items ((id, texts) pairs) whose texts changed; returns how many."""
    return len(embeddings_store_ids(kind=kind, items=items, force=force))


def embeddings_store_ids(
    *, kind: str, items: Sequence[tuple[int, Sequence[str]]], force: bool = False
) -> list[int]:
    """Embed the items ((id, texts) pairs) whose texts changed; returns their ids.

    An item's vector is the normalised sum of its texts' vectors: the title on its own and
    the longer passage. A short title matches a short query, across languages too, better
    than a long text does (measured on the relevance set: Dutch queries for English Tech
    Watch cases, recall@5 0.83 with the passage alone, 0.96 with both).
    Safe to call again: an item whose texts and model are unchanged is left as it is.
    """
    backend = get_backend()
    if backend is None or not items:
        return []
    known = {
        row["object_id"]: row
        for row in Embedding.objects.filter(kind=kind, object_id__in=[pk for pk, _ in items])
        .values("object_id", "text_hash", "model")
    }
    todo = []
    for pk, texts in items:
        texts = [text for text in texts if text.strip()] or [""]
        digest = text_hash(_item_text(texts))
        row = known.get(pk)
        if force or row is None or row["text_hash"] != digest or row["model"] != backend.name:
            todo.append((pk, texts, digest))
    if not todo:
        return []
    known_vectors = shipped(backend.name)
    missing = [text for _, texts, digest in todo if digest not in known_vectors for text in texts]
    computed = iter(backend.passages(missing) if missing else ())
    now = timezone.now()
    rows = []
    for pk, texts, digest in todo:
        if digest in known_vectors:
            vector = known_vectors[digest]
        else:
            vector = _combine(np.stack([next(computed) for _ in texts]))
        rows.append(Embedding(kind=kind, object_id=pk, model=backend.name, text_hash=digest,
                              vector=to_bytes(vector), updated_at=now))
    Embedding.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["kind", "object_id"],
        update_fields=["model", "text_hash", "vector", "updated_at"],
    )
    vectors_changed(kind)
    return [row.object_id for row in rows]


def query_vector(text: str) -> np.ndarray | None:
    """The vector of what someone typed, or None when embeddings are off or it is empty.

    Kept for the last few hundred texts: one search page asks for it for questions and
    for initiatives, and the registry's facets once per facet.
    """
    backend = get_backend()
    if backend is None or not text.strip():
        return None
    return _query_vector(backend.name, text)


@lru_cache(maxsize=256)
def _query_vector(model: str, text: str) -> np.ndarray:
    vector = get_backend().queries([text])[0]
    vector.setflags(write=False)
    return vector


def stored_vector(*, kind: str, object_id: int) -> np.ndarray | None:
    backend = get_backend()
    if backend is None:
        return None
    row = Embedding.objects.filter(kind=kind, object_id=object_id, model=backend.name).first()
    return None if row is None else from_bytes(row.vector)


def nearest(*, kind: str, vector: np.ndarray, k: int, exclude: Iterable[int] = ()):
    """The `k` items of `kind` closest to `vector`, best first, as (id, score) pairs."""
    backend = get_backend()
    if backend is None or vector is None:
        return []
    return index_for(kind, backend.name, backend.dim).nearest(vector, k, exclude=exclude)


def scores(*, kind: str, vector: np.ndarray, object_ids: Iterable[int]) -> dict[int, float]:
    backend = get_backend()
    if backend is None or vector is None:
        return {}
    return index_for(kind, backend.name, backend.dim).scores(vector, list(object_ids))


def fuse(
    rankings: Sequence[Sequence[int]], *, k: int = RRF_K, weights: Sequence[float] | None = None
) -> list[int]:
    """Reciprocal rank fusion of several best-first lists of ids into one (each list's
    share scaled by its weight, 1 by default)."""
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings), strict=True):
        for position, pk in enumerate(ranking):
            fused[pk] = fused.get(pk, 0.0) + weight / (k + position + 1)
    return sorted(fused, key=lambda pk: -fused[pk])


def trim_to_close(
    ids: Sequence[int], *, by_words: Iterable[int], scores: dict[int, float],
    margin: float = MEANING_MARGIN, limit: int = MEANING_LIMIT,
) -> list[int]:
    """`ids` (fused, best first) without the noise of meaning: every id in `by_words` (full
    text found it: it holds the words) stays; of the others, those whose score is within
    `margin` of the best score among `ids`, the first `limit` of them. Order is kept."""
    by_words = set(by_words)
    best = max((scores[pk] for pk in ids if pk in scores), default=None)
    kept, by_meaning = [], 0
    for pk in ids:
        if pk not in by_words:
            if best is None or scores.get(pk, -1.0) < best - margin or by_meaning >= limit:
                continue
            by_meaning += 1
        kept.append(pk)
    return kept


@transaction.atomic
def neighbours_store(
    *, kind: str, object_id: int, other_kind: str, items: Sequence[tuple[int, float]]
) -> None:
    """Replace the stored neighbours of one item among `other_kind` by `items`, best first;
    after the commit its ids in the cache too (neighbour_ids)."""
    Neighbour.objects.filter(kind=kind, object_id=object_id, other_kind=other_kind).delete()
    Neighbour.objects.bulk_create(
        Neighbour(kind=kind, object_id=object_id, other_kind=other_kind, other_id=pk,
                  score=score, position=position)
        for position, (pk, score) in enumerate(items)
    )
    transaction.on_commit(lambda: cache.set(
        _neighbour_ids_key(kind, object_id), _read_neighbour_ids(kind, object_id), NEIGHBOUR_IDS_SECONDS))


def _neighbour_ids_key(kind: str, object_id: int) -> str:
    return f"neighbour-ids:{kind}:{object_id}"


def _read_neighbour_ids(kind: str, object_id: int) -> dict[str, list[int]]:
    rows = Neighbour.objects.filter(kind=kind, object_id=object_id).order_by("other_kind", "position")
    stored: dict[str, list[int]] = {}
    for other_kind, other_id in rows.values_list("other_kind", "other_id"):
        stored.setdefault(other_kind, []).append(other_id)
    return stored


def neighbour_ids(*, kind: str, object_id: int) -> dict[str, list[int]]:
    """The ids of every stored neighbour of one item, per kind, best first (empty when none
    are stored, or embeddings are off): from the shared cache, where the worker put them
    when it stored them, else one indexed read. Ids only, alike for every reader."""
    if not enabled():
        return {}
    key = _neighbour_ids_key(kind, object_id)
    stored = cache.get(key)
    if stored is None:
        stored = _read_neighbour_ids(kind, object_id)
        cache.set(key, stored, NEIGHBOUR_IDS_SECONDS)
    return stored


def neighbours_of(*, kind: str, object_id: int, other_kind: str) -> list[tuple[int, float]]:
    """The stored neighbours, best first: one indexed read, no search."""
    return list(
        Neighbour.objects.filter(kind=kind, object_id=object_id, other_kind=other_kind)
        .order_by("position").values_list("other_id", "score")
    )


def neighbours_offer(*, kind: str, object_id: int, vector: np.ndarray, scan: int = 50) -> None:
    """Offer a changed item to the stored neighbour lists of the items nearest to it.

    Every kind whose items keep lists of `kind` neighbours (the setting
    SEARCH_NEIGHBOUR_LISTS: holder kind -> the kinds it keeps) is asked: among its `scan` items
    nearest to `vector`, each list takes the item in (in its place by score) when it scores
    above the list's last. So a new question appears beside the questions it is close to,
    and a new initiative on the question pages it may be about, without a full reindex.
    """
    lists = getattr(settings, "SEARCH_NEIGHBOUR_LISTS", None)
    if lists is None:
        holders = set(
            Neighbour.objects.filter(other_kind=kind).values_list("kind", flat=True).distinct()
        )
    else:
        holders = {holder for holder, kinds in lists.items() if kind in kinds}
    for holder in sorted(holders):
        for pk, score in nearest(kind=holder, vector=vector, k=scan):
            if holder == kind and pk == object_id:
                continue
            stored = neighbours_of(kind=holder, object_id=pk, other_kind=kind)
            current = [(other, s) for other, s in stored if other != object_id]
            was_there = len(current) < len(stored)
            full = len(current) >= LIST_SIZE
            if full and score <= current[-1][1] and not was_there:
                continue
            merged = sorted([*current, (object_id, score)], key=lambda item: -item[1])
            neighbours_store(kind=holder, object_id=pk, other_kind=kind, items=merged[:LIST_SIZE])
