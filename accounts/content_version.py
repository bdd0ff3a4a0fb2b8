"""The version of what visitors see: every write that may change a public page bumps it.

A leaf every part may call (the registry's import job, the vraagbaak's page cache), so it
lives in the lowest part and knows nothing of pages. Cached anonymous pages are keyed on
this version (vraagbaak/page_cache.py); a bump makes every cached page a miss at once, on
every app server, because the version lives in the shared "default" cache.
"""

import time

from django.core.cache import cache
from django.db import transaction

KEY = "content-version"


def content_version() -> str:
    """The current version. A version lost from the cache is replaced by a new one, never
    read as an old one: a page stored under a lost version can then not come back."""
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, time.time_ns(), timeout=None)
        version = cache.get(KEY)
    return str(version)


def _bump() -> None:
    cache.set(KEY, time.time_ns(), timeout=None)


def content_changed() -> None:
    """Call after (or inside the transaction of) a write that changes a public page.

    Bumps at once and again after the commit: a page rendered between the two from data not
    yet committed is stored under the in-between version, which the second bump retires.
    """
    _bump()
    transaction.on_commit(_bump)
