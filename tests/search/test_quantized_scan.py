"""The int8 first pass of large indexes (semantic/quantized.py): the same neighbours and the
same exact scores as the float32 product, on vectors shaped like e5's (one large shared
direction, small differences), also after rows change and with rows left out."""

import numpy as np
import pytest
from django.utils import timezone

from semantic.index import VectorIndex, to_bytes
from semantic.models import Embedding
from semantic.quantized import QuantizedScan
from semantic.versions import vectors_changed

pytestmark = pytest.mark.django_db
DIM = 64


def _e5_like(count, seed=0):
    """Unit vectors whose cosines all lie near 0.9, as e5's do."""
    rng = np.random.default_rng(seed)
    shared = rng.normal(size=DIM)
    vectors = 3 * shared / np.linalg.norm(shared) + rng.normal(scale=0.2, size=(count, DIM))
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def _exact(matrix, vector, k):
    scores = matrix @ vector
    top = np.argsort(-scores)[:k]
    return [(int(i), float(scores[i])) for i in top]


def test_the_int8_candidates_hold_the_exact_nearest():
    matrix = _e5_like(5000)
    scan = QuantizedScan(DIM)
    scan.build(matrix)
    for row in (3, 99, 4321):
        query = matrix[row] + np.random.default_rng(row).normal(scale=0.05, size=DIM)
        query = (query / np.linalg.norm(query)).astype(np.float32)
        candidates = set(scan.candidates(query, len(matrix), 50).tolist())
        assert {i for i, _ in _exact(matrix, query, 50)} <= candidates
        assert len(candidates) == 400  # MIN_CANDIDATES, far fewer than the 5,000 rows


def _store_all(matrix, kind="big"):
    now = timezone.now()
    Embedding.objects.bulk_create(
        Embedding(kind=kind, object_id=i + 1, model="m", text_hash=str(i), vector=to_bytes(v),
                  updated_at=now) for i, v in enumerate(matrix))
    vectors_changed(kind)


def _index_of(matrix) -> VectorIndex:
    _store_all(matrix)
    index = VectorIndex("big", "m", DIM)
    index.refresh()
    return index


def test_a_large_index_answers_as_the_exact_product_does(settings):
    settings.SEARCH_QUANTIZED_FROM = 1000
    matrix = _e5_like(3000, seed=1)
    index = _index_of(matrix)
    assert index.quantized.built
    query = matrix[10]
    found = index.nearest(query, 20, exclude=[11])
    expected = [(i + 1, s) for i, s in _exact(matrix, query, 21) if i + 1 != 11][:20]
    assert [pk for pk, _ in found] == [pk for pk, _ in expected]
    assert np.allclose([s for _, s in found], [s for _, s in expected], atol=1e-5)


def test_a_changed_row_is_found_where_it_now_is(settings):
    settings.SEARCH_QUANTIZED_FROM = 1000
    matrix = _e5_like(2000, seed=2)
    index = _index_of(matrix)
    target = matrix[1500]
    Embedding.objects.filter(kind="big", object_id=7).update(
        vector=to_bytes(target), updated_at=timezone.now())
    vectors_changed("big")
    index.refresh()
    assert index.quantized.changed == 1  # quantised in place, not rebuilt
    assert [pk for pk, _ in index.nearest(target, 2)] in ([1501, 7], [7, 1501])


def test_small_indexes_stay_exact(settings):
    settings.SEARCH_QUANTIZED_FROM = 10_000
    matrix = _e5_like(500, seed=3)
    index = _index_of(matrix)
    assert not index.quantized.built
    assert [pk for pk, _ in index.nearest(matrix[4], 5)] == [i + 1 for i, _ in _exact(matrix, matrix[4], 5)]


def test_rows_added_later_are_scanned_with_the_codes_of_the_others(settings):
    settings.SEARCH_QUANTIZED_FROM = 1000
    matrix = _e5_like(2050, seed=4)
    index = _index_of(matrix[:2000])
    scan = index.quantized
    later = timezone.now()
    Embedding.objects.bulk_create(
        Embedding(kind="big", object_id=i + 1, model="m", text_hash=str(i), vector=to_bytes(matrix[i]),
                  updated_at=later) for i in range(2000, 2050))
    vectors_changed("big")
    index.refresh()
    # Taken into the codes there are, not read and encoded all over again.
    assert index.quantized is scan and scan.index.ntotal == 2050 and scan.changed == 50
    for row in (2000, 2049):
        assert [pk for pk, _ in index.nearest(matrix[row], 5)] == [
            i + 1 for i, _ in _exact(matrix, matrix[row], 5)]


def test_after_rows_are_deleted_the_rest_answer_as_the_exact_product_does(settings):
    settings.SEARCH_QUANTIZED_FROM = 1000
    matrix = _e5_like(2000, seed=5)
    index = _index_of(matrix)
    scan = index.quantized
    gone = {1, 500, 1999, 2000}  # object ids; 2000 is the last row
    Embedding.objects.filter(kind="big", object_id__in=gone).delete()
    vectors_changed("big")
    index.refresh()
    assert index.quantized is scan and index.size == 1996  # moved rows encoded in place
    kept = [i for i in range(2000) if i + 1 not in gone]
    for row in (0, 10, 1500):
        scores = matrix[kept] @ matrix[row]
        expected = [kept[i] + 1 for i in np.argsort(-scores)[:10]]
        found = index.nearest(matrix[row], 10)
        assert [pk for pk, _ in found] == expected
        assert not gone & {pk for pk, _ in found}
