"""Anonymous pages from the shared cache, per language and per version of the content.

A visitor who reads gets the page another visitor got, as long as nothing changed: the key
holds the content version (accounts/content_version.py), which every write bumps, so a change
shows at once on every app server. What keeps a visitor's page from anyone else:

- only requests without a session or messages cookie are served or stored: a member, an
  author with a pending answer, a moderator all carry a session, and never see a stored page;
- only a response that sets no cookie (no CSRF token was rendered into it), is not private or
  never-cache, and used no Content-Security-Policy nonce is stored: a nonce is never served
  twice (the pages have no inline script or style, so a stored page needs none);
- a write through the site (any POST, PUT, PATCH or DELETE) bumps the version, after its
  transaction committed (ATOMIC_REQUESTS commits before the response comes back here). Writes
  outside requests (the import job on the worker) call content_changed() themselves.

The version is read before the view runs, so a page rendered from data a concurrent write
then replaced is stored under the version that write retired.

A view may ask for work to be done on every request, stored or not (the question page counts
the visit): it sets `response.page_cache_on_hit = ("dotted.path", {kwargs})`; the function is
called with the request and those keyword arguments each time the stored page is served.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.module_loading import import_string

from accounts.content_version import content_changed, content_version

SAFE_METHODS = {"GET", "HEAD"}
COMMA = re.compile(r"\s*,\s*")
CACHE_HEADER = "X-Page-Cache"


def _request_may_share(request) -> bool:
    return (
        request.method in SAFE_METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.path.startswith("/" + settings.ADMIN_PATH)
    )


def _response_may_share(request, response) -> bool:
    cache_control = {part.strip().lower() for part in COMMA.split(response.get("Cache-Control", ""))}
    nonce = getattr(request, "_csp_nonce", None)
    session = getattr(request, "session", None)
    # The outer middleware set their cookies after this one: ask what they will set.
    sets_cookie = (
        response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or (session is not None and session.modified)
        or getattr(getattr(request, "_messages", None), "added_new", False)
    )
    return (
        response.status_code == 200
        and not response.streaming
        and not sets_cookie
        and response.get("Content-Type", "").startswith("text/html")
        and not cache_control & {"private", "no-cache", "no-store"}
        and not nonce
    )


def page_key(request, version: str) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    return f"page:{version}:{request.LANGUAGE_CODE}:{path}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.cache = caches["pages"]

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if request.method not in SAFE_METHODS:
            response = self.get_response(request)
            if response.status_code < 500:
                content_changed()
            return response
        if not seconds or not _request_may_share(request):
            return self.get_response(request)
        key = page_key(request, content_version())
        stored = self.cache.get(key)
        if stored is not None:
            return self._replay(request, stored)
        response = self.get_response(request)
        if _response_may_share(request, response):
            stored = {
                "content": response.content,
                "headers": {name: value for name, value in response.items()
                            if name.lower() not in {"content-length", "vary"}},
                "on_hit": getattr(response, "page_cache_on_hit", None),
            }
            self.cache.set(key, stored, timeout=seconds)
            response[CACHE_HEADER] = "miss"
        return response

    def _replay(self, request, stored) -> HttpResponse:
        if stored["on_hit"]:
            path, kwargs = stored["on_hit"]
            import_string(path)(request, **kwargs)
        response = HttpResponse(stored["content"])
        for name, value in stored["headers"].items():
            response[name] = value
        response[CACHE_HEADER] = "hit"
        return response
