"""Paging long lists without counting every row on every request."""

import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.utils.functional import cached_property

# Below this many rows an exact count is cheap and always current; above it the
# count is kept for a minute, when being one question off goes unnoticed.
CACHE_FROM_ROWS = 1000
CACHE_SECONDS = 60


class CachedCountPaginator(Paginator):
    """A Paginator whose total, when large, comes from the shared cache.

    Counting 100,000 questions costs more than fetching the page itself; the
    key is the counted SQL, so each filter combination has its own total.
    """

    @cached_property
    def count(self):
        query = getattr(self.object_list, "query", None)
        try:
            sql, params = query.sql_with_params() if query is not None else (None, None)
        except EmptyResultSet:
            return 0
        if sql is None:
            return super().count
        key = "page-count:" + hashlib.sha256(f"{sql}|{params!r}".encode()).hexdigest()
        total = cache.get(key)
        if total is None:
            total = super().count
            if total >= CACHE_FROM_ROWS:
                cache.set(key, total, CACHE_SECONDS)
        return total
