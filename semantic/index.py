"""Nearest items by brute force over an in-memory matrix, one per kind and process.

At 100,000 items of 384 float32 a matrix holds 150 MB and one query is one matrix-vector
product (a few milliseconds, measured in scripts/benchmark.py), so no ANN library is
needed at this size; docs/search-index.md says when and how the index moves to pgvector
or OpenSearch. The matrix follows the table: each read first takes the rows changed since
the last read (through the index on kind, model and updated_at), and, when the number of
rows tells that some were deleted, drops the rows whose ids are gone (the last row takes
each one's place). Only the first read takes every row, in blocks by id. It goes to the table only when the
kind's version in the shared cache moved (semantic/versions.py: every write of vectors bumps
it), or when its last read is older than MAX_STALE_SECONDS (a write that bypassed the
services); a search otherwise costs one cache read and no query.
"""

import threading
import time
from datetime import timedelta
from itertools import batched

import numpy as np
from django.conf import settings
from django.db import connection
from django.utils import timezone

from .models import Embedding
from .quantized import QuantizedScan
from .versions import vectors_version

# Rows written by a transaction that committed late may carry an older updated_at: read
# back this far each time (the rows are overwritten in place, so reading twice is harmless).
# The writers stamp a row just before they write and commit (semantic.services), so a few
# seconds cover them; a longer window would re-read every row of a bulk reindex each time.
LOOKBACK = timedelta(seconds=15)
# Read the table at least this often even when the version did not move.
MAX_STALE_SECONDS = 300
# From this many rows on, nearest() scans in int8 first (semantic/quantized.py); below it
# one float32 product is cheap enough and exact.
QUANTIZED_FROM = 20_000
# Rows read from the table at a time (10,000 vectors: 15 MB).
READ_CHUNK = 10_000


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<f4")


def _fetch(queryset) -> list:
    """The rows of `queryset`; on PostgreSQL in the binary format (the vectors as they are
    stored, not as hexadecimal text to decode: half the time of the first read, 1.7 s
    instead of 3.7 s for 200,000 vectors), past Django's cursor wrappers."""
    if connection.vendor != "postgresql":
        return list(queryset)
    import psycopg

    sql, params = queryset.query.sql_with_params()
    connection.ensure_connection()
    # Django's cursors bind on the client, which cannot ask for binary results.
    with psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(sql, params, binary=True)
        return cursor.fetchall()


class VectorIndex:
    def __init__(self, kind: str, model: str, dim: int):
        self.kind, self.model, self.dim = kind, model, dim
        self._lock = threading.Lock()
        self._clear()

    def _clear(self):
        self.matrix = np.zeros((0, self.dim), dtype=np.float32)
        self.ids = np.zeros(0, dtype=np.int64)
        self.rows: dict[int, int] = {}
        self.size = 0
        # Rows of this model whose length is not `dim` (never compared, but counted).
        self.skipped: set[int] = set()
        self.seen_until = None
        self.version = None
        self.read_at = 0.0
        self.quantized = QuantizedScan(self.dim)

    def _chunks(self):
        """Lists of (object id, vector bytes): the rows changed since the last read, or
        every row the first time (in blocks by id, through the unique index on kind and id)."""
        rows = self._table()
        if self.seen_until is not None:
            changed = rows.filter(updated_at__gt=self.seen_until - LOOKBACK)
            yield from batched(changed.values_list("object_id", "vector").iterator(READ_CHUNK), READ_CHUNK)
            return
        self._grow(rows.count())
        last = None
        while True:
            block = rows if last is None else rows.filter(object_id__gt=last)
            chunk = _fetch(block.order_by("object_id").values_list("object_id", "vector")[:READ_CHUNK])
            if not chunk:
                return
            yield chunk
            last = chunk[-1][0]

    def _grow(self, needed: int):
        capacity = max(1024, len(self.ids))
        while capacity < needed:
            capacity *= 2
        if capacity > len(self.ids):
            matrix = np.zeros((capacity, self.dim), dtype=np.float32)
            matrix[: self.size] = self.matrix[: self.size]
            ids = np.full(capacity, -1, dtype=np.int64)
            ids[: self.size] = self.ids[: self.size]
            self.matrix, self.ids = matrix, ids

    def refresh(self):
        # Read before the table: a write committed while the table is read moves it again.
        version = vectors_version(self.kind)
        with self._lock:
            now = time.monotonic()
            if version == self.version and now - self.read_at < MAX_STALE_SECONDS:
                return
            followed = self.seen_until is not None
            started = timezone.now()
            written = self._read()
            # After taking what changed, the table holds as many rows as the matrix unless
            # some were deleted (or were committed too late for LOOKBACK). Counted after the
            # read, so that a new row costs its own read and nothing more.
            if followed and self._count() != self.size + len(self.skipped):
                written += self._drop_gone()
                if self._count() != self.size + len(self.skipped):
                    self._clear()
                    started = timezone.now()
                    written = self._read()
            self._quantize([row for row in set(written) if row < self.size])
            self.version, self.read_at = version, now
            # The next read takes what changed since this one began (and LOOKBACK before).
            self.seen_until = started

    def _table(self):
        """This kind's rows of this model in the table."""
        return Embedding.objects.filter(kind=self.kind, model=self.model)

    def _count(self) -> int:
        return self._table().count()

    def _read(self) -> list[int]:
        """Take the rows changed since the last read (all of them the first time); the
        matrix's rows written."""
        written = []
        width = self.dim * 4
        for chunk in self._chunks():
            new = []
            for object_id, data in chunk:
                if len(data) != width:
                    self.skipped.add(object_id)
                    continue
                self.skipped.discard(object_id)
                row = self.rows.get(object_id)
                if row is None:
                    new.append((object_id, data))
                    continue
                vector = from_bytes(data)
                if np.array_equal(self.matrix[row], vector):
                    continue  # read again within LOOKBACK, unchanged
                self.matrix[row] = vector
                written.append(row)
            if new:
                # New rows go in at the end as one block.
                start, count = self.size, len(new)
                self._grow(start + count)
                self.matrix[start:start + count] = np.frombuffer(
                    b"".join(bytes(data) for _, data in new), dtype="<f4").reshape(count, self.dim)
                self.ids[start:start + count] = [object_id for object_id, _ in new]
                self.rows.update((object_id, start + i) for i, (object_id, _) in enumerate(new))
                self.size += count
                written.extend(range(start, start + count))
        return written

    def _drop_gone(self) -> list[int]:
        """Drop the rows whose ids are no longer in the table; each one's place takes the
        last row. The rows written (the places taken)."""
        present = set(self._table()
                      .values_list("object_id", flat=True))
        self.skipped &= present
        written = []
        for object_id in [pk for pk in self.rows if pk not in present]:
            row, last = self.rows.pop(object_id), self.size - 1
            if row != last:
                moved = int(self.ids[last])
                self.matrix[row], self.ids[row] = self.matrix[last], moved
                self.rows[moved] = row
                written.append(row)
            self.ids[last] = -1
            self.size -= 1
        return written

    def _quantized_on(self) -> bool:
        return self.size >= getattr(settings, "SEARCH_QUANTIZED_FROM", QUANTIZED_FROM)

    def _quantize(self, written):
        if not self._quantized_on():
            return
        if self.quantized.stale():
            self.quantized.build(self.matrix[: self.size])
        else:
            self.quantized.update(self.matrix[: self.size], written)

    def vector_of(self, object_id: int) -> np.ndarray | None:
        row = self.rows.get(object_id)
        return None if row is None else self.matrix[row].copy()

    def scores(self, vector: np.ndarray, object_ids) -> dict[int, float]:
        """The similarity of `vector` to each of `object_ids` that has a vector."""
        rows = [(pk, self.rows[pk]) for pk in object_ids if pk in self.rows]
        if not rows:
            return {}
        values = self.matrix[[row for _, row in rows]] @ vector
        return {pk: float(value) for (pk, _), value in zip(rows, values, strict=True)}

    def nearest(self, vector: np.ndarray, k: int, *, exclude=()) -> list[tuple[int, float]]:
        """The `k` items closest to `vector` (cosine), best first, as (id, score)."""
        if self.size == 0 or k <= 0:
            return []
        vector = np.asarray(vector, dtype=np.float32)
        excluded = [self.rows[pk] for pk in exclude if pk in self.rows]
        if self._quantized_on() and self.quantized.built:
            rows = self.quantized.candidates(vector, self.size, k + len(excluded))
            scores = self.matrix[rows] @ vector
            scores[np.isin(rows, excluded)] = -2.0
        else:
            rows = None
            scores = self.matrix[: self.size] @ vector
            scores[excluded] = -2.0
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        ids = self.ids if rows is None else self.ids[rows]
        return [(int(ids[i]), float(scores[i])) for i in top if scores[i] > -2.0]

_indexes: dict[tuple[str, str], VectorIndex] = {}
_indexes_lock = threading.Lock()


def index_for(kind: str, model: str, dim: int) -> VectorIndex:
    """This process's index of `kind`, up to date with the table."""
    with _indexes_lock:
        index = _indexes.get((kind, model))
        if index is None:
            index = _indexes[(kind, model)] = VectorIndex(kind, model, dim)
    index.refresh()
    return index


def forget_all() -> None:
    """Drop every in-memory index (tests, whose rows roll back under a process that stays)."""
    with _indexes_lock:
        _indexes.clear()
