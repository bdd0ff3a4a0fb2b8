"""Production settings for the gunicorn of test_outage_postgres, with one change.

Static files come straight from static/: production's manifest storage needs a
collectstatic first, which is slow and has nothing to do with an outage.
"""

from vraagbaak.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_USE_FINDERS = True
