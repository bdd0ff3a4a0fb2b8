"""A first pass over a large vector matrix in 8-bit integers, the exact scores after it.

At 100,000 questions and 200,000 answers, one float32 matrix-vector product per kind took
43 ms of a search's 100 ms (scripts/benchmark.py). The same scan in int8 through usearch's
exact search (SIMD kernels, Apache-2.0) reads a quarter of the memory; its best few hundred
rows are then scored exactly in float32, so the scores (and the calibrated thresholds that
read them) are unchanged and only the choice of candidates is approximate.

e5's vectors share a large common direction (every cosine lies between about 0.7 and 0.95),
so they are centred on their mean and each dimension is scaled to its own range before
rounding: a shared offset does not change the order of dot products, and without it the
differences that decide the order are below one step of int8. Rows written later are
quantised with the same mean and scales; the whole matrix is quantised again when a tenth
of it has changed since.
"""

import numpy as np
from usearch.index import MetricKind, search

# Candidates taken from the int8 scan for each wanted neighbour (and at least MIN_CANDIDATES).
CANDIDATES_PER_RESULT = 4
MIN_CANDIDATES = 400
REBUILD_SHARE = 0.1


def _to_int8(values: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(values), -127, 127).astype(np.int8)


class QuantizedScan:
    def __init__(self, dim: int):
        self.dim = dim
        self.codes = np.zeros((0, dim), dtype=np.int8)
        self.mean = self.scale = None
        self.built_size = self.changed = 0

    def build(self, matrix: np.ndarray) -> None:
        """Quantise all of `matrix` (the index's filled rows) afresh."""
        self.mean = matrix.mean(axis=0)
        spread = np.abs(matrix - self.mean).max(axis=0)
        self.scale = np.where(spread > 0, spread, 1.0).astype(np.float32)
        self.codes = _to_int8((matrix - self.mean) / self.scale * 127)
        self.built_size, self.changed = len(matrix), 0

    def stale(self) -> bool:
        return self.scale is None or self.changed > REBUILD_SHARE * max(self.built_size, 1)

    def update(self, matrix: np.ndarray, rows) -> None:
        """Quantise `rows` of `matrix` again (written or added since the last build)."""
        rows = np.asarray(sorted(rows), dtype=np.int64)
        if rows.size == 0:
            return
        size = len(matrix)
        if size > len(self.codes):
            grown = np.zeros((max(size, 2 * len(self.codes)), self.dim), dtype=np.int8)
            grown[: len(self.codes)] = self.codes
            self.codes = grown
        self.codes[rows] = _to_int8((matrix[rows] - self.mean) / self.scale * 127)
        self.changed += rows.size

    def candidates(self, vector: np.ndarray, size: int, wanted: int) -> np.ndarray:
        """Rows of the first `size` that the int8 scan puts nearest to `vector`."""
        weights = np.asarray(vector, dtype=np.float32) * self.scale
        peak = float(np.abs(weights).max()) or 1.0
        query = _to_int8(weights / peak * 127)
        count = min(size, max(MIN_CANDIDATES, CANDIDATES_PER_RESULT * wanted))
        found = search(self.codes[:size], query, count, MetricKind.IP, exact=True, threads=1)
        return np.asarray(found.keys, dtype=np.int64).ravel()
