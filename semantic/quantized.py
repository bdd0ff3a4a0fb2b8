"""A first pass over a large vector matrix in 8-bit codes, the exact scores after it.

At 100,000 questions and 200,000 answers one float32 matrix-vector product per kind is the
largest part of a search (scripts/benchmark.py). The same scan over 8-bit codes reads a
quarter of the memory; its best few hundred rows are then scored exactly in float32, so the
scores (and the calibrated thresholds that read them) are unchanged and only the choice of
candidates is approximate (measured: the same nearest 100, scripts/ab_scan.py).

The codes are faiss's scalar quantiser (faiss-cpu, MIT): each dimension is mapped to 256 steps
over its own range in the matrix. That matters for e5, whose vectors share a large common
direction (every cosine lies between about 0.7 and 0.95): what decides the order is below
one step of a single range for all dimensions. faiss scans the codes with SIMD kernels chosen
for the CPU at run time; on a CPU without AVX-512 it took 14 ms over 100,000 questions where
usearch's int8 scan (this module's earlier engine) took 33 ms and numpy's float32 product 21
ms (docs/search-index.md). Rows written later are encoded with the same ranges, in place; the
whole matrix is encoded again when a tenth of it has changed since.
"""

import faiss
import numpy as np

# One thread per process, as numpy and the model (vraagbaak/threads.py): the web workers
# already use the cores side by side.
faiss.omp_set_num_threads(1)

# Candidates taken from the 8-bit scan for each wanted neighbour (and at least MIN_CANDIDATES).
CANDIDATES_PER_RESULT = 4
MIN_CANDIDATES = 400
REBUILD_SHARE = 0.1


class QuantizedScan:
    def __init__(self, dim: int):
        self.dim = dim
        self.index = None
        self.built_size = self.changed = 0

    @property
    def built(self) -> bool:
        return self.index is not None

    def build(self, matrix: np.ndarray) -> None:
        """Encode all of `matrix` (the index's filled rows) afresh, its ranges learnt from it."""
        matrix = np.ascontiguousarray(matrix, dtype=np.float32)
        index = faiss.IndexScalarQuantizer(self.dim, faiss.ScalarQuantizer.QT_8bit,
                                           faiss.METRIC_INNER_PRODUCT)
        index.train(matrix)
        index.add(matrix)
        self.index = index
        self.built_size, self.changed = len(matrix), 0

    def stale(self) -> bool:
        return self.index is None or self.changed > REBUILD_SHARE * max(self.built_size, 1)

    def update(self, matrix: np.ndarray, rows) -> None:
        """Encode `rows` of `matrix` again (written, or added at its end, since the last build)."""
        rows = np.asarray(sorted(rows), dtype=np.int64)
        if rows.size == 0:
            return
        known = self.index.ntotal
        rewritten = rows[rows < known]
        if rewritten.size:
            codes = faiss.rev_swig_ptr(self.index.codes.data(), known * self.index.code_size)
            codes = codes.reshape(known, self.index.code_size)
            codes[rewritten] = self.index.sa_encode(
                np.ascontiguousarray(matrix[rewritten], dtype=np.float32))
        if len(matrix) > known:
            self.index.add(np.ascontiguousarray(matrix[known:], dtype=np.float32))
        self.changed += rows.size

    def candidates(self, vector: np.ndarray, size: int, wanted: int) -> np.ndarray:
        """Rows of the first `size` that the 8-bit scan puts nearest to `vector`."""
        count = min(size, max(MIN_CANDIDATES, CANDIDATES_PER_RESULT * wanted))
        query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        _, rows = self.index.search(query, count)
        rows = rows.ravel()
        return rows[(rows >= 0) & (rows < size)]
