"""The one generic indexing piece (semantic/indexing.py), on a kind of item made up here and a
backend whose vectors are counts of letters, so no model is needed: what changed is
embedded, what should not be found is dropped, the worker stores and offers neighbours, and
nothing is queued while paused."""

import numpy as np
import pytest

from semantic import backends, indexing, services
from semantic.index import forget_all
from semantic.models import Embedding, Neighbour

pytestmark = pytest.mark.django_db

TEXTS: dict[int, list[str]] = {}


def _texts_of(ids):
    return {pk: TEXTS[pk] for pk in ids if pk in TEXTS}


THINGS = indexing.Indexed(kind="thing", texts=_texts_of, ids=lambda: sorted(TEXTS))


class LetterBackend:
    name, dim = "letters", 26

    def _embed(self, texts):
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for char in text.lower():
                if "a" <= char <= "z":
                    vectors[row, ord(char) - 97] += 1
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)

    queries = passages = _embed


@pytest.fixture(autouse=True)
def letters(settings, monkeypatch):
    monkeypatch.setitem(backends.BACKENDS, "letters", LetterBackend)
    settings.SEARCH_EMBEDDINGS = "letters"
    settings.SEARCH_INDEXED = {"thing": "tests.search.test_indexing.THINGS"}
    settings.SEARCH_NEIGHBOUR_LISTS = {"thing": ["thing"]}
    TEXTS.clear()
    TEXTS.update({1: ["aaa"], 2: ["aab"], 3: ["zzz"]})
    forget_all()
    yield
    forget_all()


def _stored():
    return set(Embedding.objects.filter(kind="thing").values_list("object_id", flat=True))


def test_changed_items_are_embedded_once_and_the_others_dropped(monkeypatch):
    assert sorted(indexing.items_index(kind="thing", ids=[1, 2, 3])) == [1, 2, 3]
    assert indexing.items_index(kind="thing", ids=[1, 2, 3]) == []
    TEXTS[2] = ["bbb"]
    assert indexing.items_index(kind="thing", ids=[1, 2, 3]) == [2]
    services.neighbours_store(kind="thing", object_id=1, other_kind="thing", items=[(3, 0.1)])
    del TEXTS[3]
    indexing.items_index(kind="thing", ids=[3])
    assert _stored() == {1, 2}
    assert not Neighbour.objects.filter(other_id=3).exists()


def test_the_worker_stores_neighbours_and_offers_the_changed_item(
        django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        indexing.index_later(kind="thing", ids=[1, 3])
    assert services.neighbours_of(kind="thing", object_id=1, other_kind="thing")[0][0] == 3
    with django_capture_on_commit_callbacks(execute=True):
        indexing.index_later(kind="thing", ids=[2])
    # 2 ("aab") is now the nearest of 1 ("aaa"): offered to its list without a reindex.
    assert services.neighbours_of(kind="thing", object_id=1, other_kind="thing")[0][0] == 2


def test_nothing_is_queued_while_paused_or_with_embeddings_off(
        settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks, services.paused():
        indexing.index_later(kind="thing", ids=[1])
    assert callbacks == []
    settings.SEARCH_EMBEDDINGS = "off"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        indexing.index_later(kind="thing", ids=[1])
    assert callbacks == []
    assert indexing.items_index(kind="thing", ids=[1]) == []
    assert _stored() == set()
