"""View counts: counted in Redis and written to the database in batches, by the scheduler.

Reading a question must not write to the database: each counted view (question_count_view
decides which count) adds one to a Redis hash, and view_counts_flush() moves the totals into
Question.view_count, one UPDATE per viewed question. Without Redis (scripts/dev on SQLite, the
tests' in-memory cache) a counted view is written at once, as its "seen" key was already.
"""

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from django.db.models import F

from ..models import Question

PENDING = "question-views-pending"


def _redis():
    cache = caches["views"]
    if not isinstance(cache, RedisCache):
        return None, None
    return cache._cache.get_client(write=True), cache.make_key(PENDING)


def view_count_add(*, question_id: int) -> None:
    client, key = _redis()
    if client is None:
        Question.objects.filter(pk=question_id).update(view_count=F("view_count") + 1)
    else:
        client.hincrby(key, question_id, 1)


def view_counts_flush() -> int:
    """Write the counted views to the database; returns how many.

    Run by one scheduler (run_periodic). The pending hash is renamed atomically, so views
    counted meanwhile go to a fresh one; a batch that a crash left behind is written first.
    """
    client, key = _redis()
    if client is None:
        return 0
    batch = key + ":flushing"
    if not client.exists(batch):
        if not client.exists(key):
            return 0
        client.renamenx(key, batch)
    counts = {int(pk): int(n) for pk, n in client.hgetall(batch).items()}
    with transaction.atomic():
        for pk, n in sorted(counts.items()):
            Question.objects.filter(pk=pk).update(view_count=F("view_count") + n)
    client.delete(batch)
    return sum(counts.values())
