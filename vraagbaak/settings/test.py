"""Test overlay: fast hashing, mail kept in memory, tasks run at once."""

import os

os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "test-only-key-" + "x" * 40)
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
WHITENOISE_USE_FINDERS = True
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
# In memory, unless REDIS_URL names a Redis (CI runs the suite once against one).
if not REDIS_URL:  # noqa: F405
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in ("default", "views", "pages")
    }
# Tests that write through services rather than requests see their changes at once; the
# page cache's own tests switch it on.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)  # noqa: F405
SIGNUP_ALLOWED_DOMAINS = ["rijksoverheid.nl", "*.rijksoverheid.nl"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
SEARCH_EMBEDDINGS = "off"  # on in the tests that need it (fixture `embeddings`): the model costs time
