"""The version of each kind's vectors, in the shared cache: every write of vectors bumps it.

Each web process keeps its vectors in memory (semantic/index.py). Instead of asking the
vector table at every search whether rows changed, it reads this version (one cache read)
and goes to the table only when the version moved since its last read. Because the version
lives in the shared cache, a vector the worker wrote is seen at once by every app server.
"""

import time

from django.core.cache import cache
from django.db import transaction


def _key(kind: str) -> str:
    return f"vectors-version:{kind}"


def vectors_version(kind: str) -> str:
    """The current version of `kind`'s vectors. A version lost from the cache is replaced by
    a new one, never read as an old one, so a lost version makes every index read again."""
    key = _key(kind)
    version = cache.get(key)
    if version is None:
        cache.add(key, time.time_ns(), timeout=None)
        version = cache.get(key)
    return str(version)


def _bump(kind: str) -> None:
    cache.set(_key(kind), time.time_ns(), timeout=None)


def vectors_changed(kind: str) -> None:
    """Call after (or inside the transaction of) a write of `kind`'s vectors.

    Bumps at once and again after the commit: an index that read the table between the two,
    before the rows were committed, reads it again at its next search.
    """
    _bump(kind)
    transaction.on_commit(lambda: _bump(kind))
