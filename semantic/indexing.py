"""Keeping every kind's vectors and stored neighbours in step with its items, one way for all.

Each part says, per kind, which text stands for which of its items (an `Indexed`, listed in
the setting SEARCH_INDEXED: kind -> dotted path), so this leaf never names a question or an
initiative. The worker (`index_later` -> `index_items`), the management command
`search_index`, the demo load and the imports all go through `items_index`: an item whose
texts are unchanged keeps its vector, an item that should no longer be found (deleted, or
hidden where its part says so) loses it, and a changed one is taken into its neighbours'
stored lists.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.utils.module_loading import import_string

from . import services
from .models import Embedding, Neighbour
from .versions import vectors_changed


@dataclass(frozen=True)
class Indexed:
    kind: str
    # The texts of those of the ids that should have a vector (the others lose theirs).
    texts: Callable[[Sequence[int]], dict[int, list[str]]]
    # Every id that may have a vector, in a stable order (what the management command walks).
    ids: Callable[[], Iterable[int]]


@cache
def _indexed(kind: str, path: str) -> Indexed:
    return import_string(path)


def indexed(kind: str) -> Indexed:
    return _indexed(kind, settings.SEARCH_INDEXED[kind])


def indexed_kinds() -> list[str]:
    """The kinds in the order of the setting (a kind whose lists hold others comes after them)."""
    return list(settings.SEARCH_INDEXED)


def items_drop(*, kind: str, ids: Iterable[int]) -> None:
    """Forget the vectors of these items and every stored neighbour list they are in."""
    ids = list(ids)
    if not ids:
        return
    Embedding.objects.filter(kind=kind, object_id__in=ids).delete()
    vectors_changed(kind)
    Neighbour.objects.filter(kind=kind, object_id__in=ids).delete()
    Neighbour.objects.filter(other_kind=kind, other_id__in=ids).delete()


def items_index(*, kind: str, ids: Iterable[int], force: bool = False) -> list[int]:
    """Embed the items whose texts changed, drop those that should not be found; returns the
    ids whose vector was (re)written. Safe to call again; nothing when embeddings are off."""
    ids = list(ids)
    if not ids or not services.enabled():
        return []
    texts = indexed(kind).texts(ids)
    items_drop(kind=kind, ids=[pk for pk in ids if pk not in texts])
    return services.embeddings_store_ids(
        kind=kind, items=[(pk, texts[pk]) for pk in ids if pk in texts], force=force,
    )


def neighbours_refresh(*, kind: str, object_id: int) -> None:
    """Store the nearest items of each kind that `kind` keeps lists of (SEARCH_NEIGHBOUR_LISTS)."""
    kinds = getattr(settings, "SEARCH_NEIGHBOUR_LISTS", {}).get(kind, ())
    vector = services.stored_vector(kind=kind, object_id=object_id) if kinds else None
    if vector is None:
        return
    for other_kind in kinds:
        exclude = [object_id] if other_kind == kind else []
        near = services.nearest(kind=other_kind, vector=vector, k=services.LIST_SIZE + len(exclude),
                                exclude=exclude)
        services.neighbours_store(kind=kind, object_id=object_id, other_kind=other_kind,
                                  items=near[: services.LIST_SIZE])


def items_refresh(*, kind: str, ids: Iterable[int]) -> list[int]:
    """What the worker does after a change: index the items, and for each whose vector
    changed, store its neighbours and offer it to the lists of the items near it."""
    changed = items_index(kind=kind, ids=ids)
    for pk in changed:
        neighbours_refresh(kind=kind, object_id=pk)
        vector = services.stored_vector(kind=kind, object_id=pk)
        services.neighbours_offer(kind=kind, object_id=pk, vector=vector)
    return changed


@task
def index_items(*, kind: str, ids: list[int]) -> None:
    if services.enabled():
        items_refresh(kind=kind, ids=ids)


def index_later(*, kind: str, ids: Iterable[int]) -> None:
    """After the commit, have the worker (re)index these items (nothing when embeddings are
    off, or inside `services.paused()`, whose caller indexes everything at the end)."""
    ids = sorted(set(ids))
    if ids and services.queue_enabled():
        transaction.on_commit(lambda: index_items.enqueue(kind=kind, ids=ids))
