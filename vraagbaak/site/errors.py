"""Error pages in the site's layout and language."""

import sys

from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

from .outage import is_outage, unavailable_response


@requires_csrf_token
def bad_request(request, exception=None):
    # The API answers in JSON, like its own errors; everything else is a page.
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "bad request"}, status=400)
    return render(request, "400.html", status=400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


@requires_csrf_token
def page_not_found(request, exception=None):
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "not found"}, status=404)
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # Django calls this from inside its `except`: an outage raised by middleware lands here.
    if is_outage(sys.exc_info()[1]):
        return unavailable_response(request)
    # No context processors: whatever failed may fail again while rendering.
    return HttpResponseServerError(loader.get_template("500.html").render())


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the form's security check failed (an old tab, cookies off), in our layout."""
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "forbidden"}, status=403)
    return render(request, "403_csrf.html", status=403)


def too_many_requests(request, exception=None):
    return render(request, "429.html", status=429)
