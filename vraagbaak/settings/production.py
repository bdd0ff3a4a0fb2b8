"""Production: the shared settings with DEBUG off. SECRET_KEY and ALLOWED_HOSTS must be set."""

import os

os.environ.setdefault("DEBUG", "false")

from .base import *  # noqa: F403
