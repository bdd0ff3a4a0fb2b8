"""The vector store: vectors follow their text, the in-memory index follows the table, and
ranks fuse by reciprocal rank. Built on vectors made here, so no model is needed."""

import numpy as np
import pytest
from django.utils import timezone

from semantic import indexing, services
from semantic.index import VectorIndex, to_bytes
from semantic.models import Embedding, Neighbour
from semantic.versions import vectors_changed, vectors_version

pytestmark = pytest.mark.django_db


def _unit(*values):
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def _store(pk, vector, kind="thing"):
    Embedding.objects.update_or_create(
        kind=kind, object_id=pk,
        defaults={"model": "m", "text_hash": str(pk), "vector": to_bytes(vector),
                  "updated_at": timezone.now()},
    )
    vectors_changed(kind)  # as the services do after every write of vectors


def test_nearest_orders_by_cosine_and_leaves_out_the_excluded():
    _store(1, _unit(1, 0, 0))
    _store(2, _unit(1, 1, 0))
    _store(3, _unit(0, 0, 1))
    index = VectorIndex("thing", "m", 3)
    index.refresh()
    found = index.nearest(_unit(1, 0.1, 0), 3)
    assert [pk for pk, _ in found] == [1, 2, 3]
    assert found[0][1] > found[1][1] > found[2][1]
    assert [pk for pk, _ in index.nearest(_unit(1, 0.1, 0), 2, exclude=[1])] == [2, 3]


def test_the_index_takes_in_changed_and_new_rows_on_refresh(monkeypatch):
    _store(1, _unit(1, 0, 0))
    index = VectorIndex("thing", "m", 3)
    index.refresh()
    reloads = []
    clear = index._clear
    monkeypatch.setattr(index, "_clear", lambda: (reloads.append(1), clear()))
    _store(1, _unit(0, 1, 0))
    _store(2, _unit(0, 0, 1))
    index.refresh()
    assert index.size == 2
    assert index.nearest(_unit(0, 1, 0), 1)[0][0] == 1
    assert index.nearest(_unit(0, 0, 1), 1)[0][0] == 2
    # A new row is read on its own: the 300,000 others are not read again.
    assert reloads == []


def test_the_index_forgets_the_rows_that_were_deleted(monkeypatch):
    _store(1, _unit(1, 0, 0))
    _store(2, _unit(0, 1, 0))
    _store(3, _unit(0, 0, 1))
    index = VectorIndex("thing", "m", 3)
    index.refresh()
    reloads = []
    clear = index._clear
    monkeypatch.setattr(index, "_clear", lambda: (reloads.append(1), clear()))
    indexing.items_drop(kind="thing", ids=[1])
    index.refresh()
    assert [pk for pk, _ in index.nearest(_unit(0, 1, 0), 5)][:1] == [2]
    assert {pk for pk, _ in index.nearest(_unit(1, 0, 0), 5)} == {2, 3}
    assert index.size == 2 and reloads == []  # the last row took the place of the gone one


def test_a_search_reads_the_table_only_when_the_version_moved(django_assert_num_queries):
    _store(1, _unit(1, 0, 0))
    index = VectorIndex("thing", "m", 3)
    index.refresh()
    with django_assert_num_queries(0):
        index.refresh()
        index.refresh()
    # A row written around the services (no bump) stays unseen until the version moves.
    Embedding.objects.create(kind="thing", object_id=2, model="m", text_hash="2",
                             vector=to_bytes(_unit(0, 1, 0)))
    index.refresh()
    assert index.size == 1
    vectors_changed("thing")
    with django_assert_num_queries(2):  # the changed rows, then the count (deletions)
        index.refresh()
    assert index.size == 2


def test_an_old_read_is_refreshed_even_when_the_version_did_not_move(monkeypatch):
    _store(1, _unit(1, 0, 0))
    index = VectorIndex("thing", "m", 3)
    index.refresh()
    Embedding.objects.create(kind="thing", object_id=2, model="m", text_hash="2",
                             vector=to_bytes(_unit(0, 1, 0)))
    monkeypatch.setattr("semantic.index.MAX_STALE_SECONDS", -1)
    index.refresh()
    assert index.size == 2


def test_every_write_of_vectors_moves_the_version_of_its_kind_only(settings):
    settings.SEARCH_EMBEDDINGS = "off"
    before, other = vectors_version("thing"), vectors_version("other")
    _store(1, _unit(1, 0, 0))
    after_store = vectors_version("thing")
    assert after_store != before
    indexing.items_drop(kind="thing", ids=[1])
    assert vectors_version("thing") != after_store
    assert vectors_version("other") == other


def test_a_version_lost_from_the_cache_is_never_an_old_one():
    from django.core.cache import cache

    first = vectors_version("thing")
    cache.delete("vectors-version:thing")
    assert vectors_version("thing") != first


def test_storing_embeddings_bumps_the_version(monkeypatch):
    class Backend:
        name, dim = "m", 3

        def passages(self, texts):
            return np.stack([_unit(1, 0, 0) for _ in texts])

    monkeypatch.setattr(services, "get_backend", lambda: Backend())
    before = vectors_version("thing")
    assert services.embeddings_store(kind="thing", items=[(5, ["tekst"])]) == 1
    assert vectors_version("thing") != before
    unchanged = vectors_version("thing")
    assert services.embeddings_store(kind="thing", items=[(5, ["tekst"])]) == 0
    assert vectors_version("thing") == unchanged  # nothing written, nothing to re-read


def test_vectors_of_another_model_are_not_mixed_in():
    _store(1, _unit(1, 0, 0))
    Embedding.objects.filter(object_id=1).update(model="other")
    index = VectorIndex("thing", "m", 3)
    index.refresh()
    assert index.nearest(_unit(1, 0, 0), 5) == []


def test_fusion_rewards_agreement_between_the_rankings():
    assert services.fuse([[1, 2, 3], [4, 2, 5]])[0] == 2
    assert services.fuse([[5], []]) == [5]


def test_stored_neighbours_are_replaced_and_read_in_order():
    services.neighbours_store(kind="a", object_id=1, other_kind="b", items=[(7, 0.9), (8, 0.8)])
    services.neighbours_store(kind="a", object_id=1, other_kind="b", items=[(9, 0.95), (7, 0.9)])
    assert services.neighbours_of(kind="a", object_id=1, other_kind="b") == [(9, 0.95), (7, 0.9)]
    assert Neighbour.objects.count() == 2


def test_without_a_backend_nothing_is_embedded_or_found(settings):
    settings.SEARCH_EMBEDDINGS = "off"
    assert services.embeddings_store(kind="thing", items=[(1, ["tekst"])]) == 0
    assert services.query_vector("tekst") is None
    assert services.nearest(kind="thing", vector=_unit(1, 0, 0), k=3) == []
    assert not Embedding.objects.exists()


def test_a_lighter_ranking_counts_less_in_the_fusion():
    assert services.fuse([[1, 2], [2, 1]], weights=[1.0, 0.5])[0] == 1
