"""A page in the site's layout for error answers that come without one.

Django's `require_POST` and friends answer 405 with an empty body, and so may other code
that returns a bare HttpResponse(status=4xx/5xx). A visitor then sees a blank page. This
middleware gives such answers the site's page for the status (templates/<status>.html, or
templates/error.html), keeping the status and headers (a 405 keeps its `Allow`). The API
keeps its JSON; answers that have a body are left alone."""

from django.shortcuts import render
from django.template import TemplateDoesNotExist
from django.template.loader import select_template


class EmptyErrorPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (response.status_code < 400 or response.streaming or response.content
                or request.path.startswith("/api/")):
            return response
        try:
            template = select_template([f"{response.status_code}.html", "error.html"])
        except TemplateDoesNotExist:  # pragma: no cover - error.html ships with the site
            return response
        page = render(request, template.template.name, {"status": response.status_code},
                      status=response.status_code)
        for header, value in response.items():
            if header.lower() not in ("content-type", "content-length"):
                page[header] = value
        return page
