"""When the database does not answer: a page the visitor can read, and a health check without sessions.

An unreachable database (down, restarting, the connection lost, a transient lock or timeout)
is not a bug in a page: it answers 503 Service Unavailable with Retry-After, so browsers,
crawlers and load balancers come back later, in the site's layout and language. The page is
rendered without a request context: context processors, the user and the session would each
ask the database again.

Where the error is caught: a view (and the transaction ATOMIC_REQUESTS opens around it) fails
inside the handler, where `process_exception` below sees it; middleware that reads or saves the
session fails outside any view, where Django calls handler500, which asks `is_outage` too.
"""

import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection, transaction
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

HEALTHZ_PATH = "/healthz"
# A database restart or fail-over takes seconds; ask clients to wait a little longer than that.
RETRY_AFTER_SECONDS = 30
OUTAGE_ERRORS = (OperationalError, InterfaceError)


def is_outage(exc: BaseException | None) -> bool:
    """True when `exc`, or an error it was raised from or while handling, says the database is unreachable."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, OUTAGE_ERRORS):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def unavailable_response(request) -> HttpResponse:
    """The 503 page, rendered from static files and translations only: no database."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    content = loader.get_template("503.html").render(
        {"CONTACT_EMAIL": settings.CONTACT_EMAIL, "path": request.path}
    )
    response = HttpResponse(content, status=503, content_type="text/html; charset=utf-8")
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response.headers["Content-Language"] = language
    add_never_cache_headers(response)
    patch_vary_headers(response, ["Cookie"])
    return response


@never_cache
@require_safe
@transaction.non_atomic_requests
def healthz(request):
    """200 when the database answers, 503 when it does not: for load balancers.

    DatabaseOutageMiddleware calls this before sessions and authentication, so a probe
    with a session cookie asks the database exactly this one question.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        response = JsonResponse({"status": "error", "database": "unavailable"}, status=503)
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return JsonResponse({"status": "ok", "database": "ok"})


class DatabaseOutageMiddleware:
    """First in MIDDLEWARE: answers the health check before sessions and authentication
    (which would ask the database first), and turns an outage in a view into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTHZ_PATH:
            return healthz(request)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_outage(exception):
            return None
        logger.warning("Database unavailable during %s %s: %s", request.method, request.path, exception)
        return unavailable_response(request)
