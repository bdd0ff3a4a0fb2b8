"""Production settings for the gunicorn of test_outage_postgres, with two changes.

Static files come straight from static/: production's manifest storage needs a
collectstatic first, which is slow and has nothing to do with an outage. And no page cache.
"""

from vraagbaak.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_USE_FINDERS = True
# Every request must reach the database here: with the page cache on, a reader would get the
# page stored before the outage (as readers do in production meanwhile) instead of the 503.
PAGE_CACHE_SECONDS = 0
