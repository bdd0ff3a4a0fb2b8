import os

from vraagbaak.threads import one_thread_per_process

one_thread_per_process()

from django.core.wsgi import get_wsgi_application  # noqa: E402 (after the threads are set)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.production")

application = get_wsgi_application()
