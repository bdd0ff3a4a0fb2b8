"""The caches, from REDIS_URL: one Redis shared by every app server, else the database.

Three aliases, so that one kind of entry never evicts another:
- "default": allauth's rate limits, cached counts, the content version, sessions (with Redis);
- "views": who viewed which question lately (many short-lived keys);
- "pages": anonymous pages (vraagbaak/page_cache.py), many and cheap to lose.

With Redis they share one server under their own key prefixes; without it (scripts/dev on
SQLite) each is a table made by `manage.py createcachetable`.
"""


def caches_from_env(redis_url: str) -> dict:
    if redis_url:
        backend = "django.core.cache.backends.redis.RedisCache"
        return {
            alias: {"BACKEND": backend, "LOCATION": redis_url, "KEY_PREFIX": alias, "TIMEOUT": 300}
            for alias in ("default", "views", "pages")
        }
    database = "django.core.cache.backends.db.DatabaseCache"
    return {
        "default": {"BACKEND": database, "LOCATION": "vraagbaak_cache"},
        # Past MAX_ENTRIES a third is dropped: a view count is an estimate, and those viewers
        # may count once more that day.
        "views": {"BACKEND": database, "LOCATION": "vraagbaak_view_cache",
                  "OPTIONS": {"MAX_ENTRIES": 10_000}},
        "pages": {"BACKEND": database, "LOCATION": "vraagbaak_page_cache",
                  "OPTIONS": {"MAX_ENTRIES": 5_000}},
    }


def session_engine(redis_url: str) -> str:
    """Sessions read from Redis and kept in the database, so a Redis restart signs no one out."""
    if redis_url:
        return "django.contrib.sessions.backends.cached_db"
    return "django.contrib.sessions.backends.db"
