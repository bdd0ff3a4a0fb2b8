"""Development overlay: DEBUG on, mail to the console, every address may sign up."""

import os

os.environ.setdefault("DEBUG", "true")

from .base import *  # noqa: F403
from .env import env_list, env_str, mailer_from_env

MAILERS = {"default": mailer_from_env(env_str("EMAIL_BACKEND", "console"), BASE_DIR)}  # noqa: F405
SIGNUP_ALLOWED_DOMAINS = env_list("SIGNUP_ALLOWED_DOMAINS", "*")
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend")}}
