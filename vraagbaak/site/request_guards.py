"""Refuse an address the portal cannot handle before any view builds a query with it.

PostgreSQL refuses NUL characters in strings ("A string literal cannot contain NUL"), so a
NUL in a query parameter fails deep inside whatever query a view, a filter or the admin
builds with it: a 500 on PostgreSQL, silently different behaviour on SQLite. No honest link
contains one, so one guard in front of every view answers with a clear 400 instead of each
view checking its own parameters. Form fields (POST) are left to the forms: Django's form
fields refuse a NUL with an error on the field and keep the rest of what was typed.
"""

from django.core.exceptions import BadRequest


def has_nul(querydict) -> bool:
    return any("\x00" in key or any("\x00" in value for value in values)
               for key, values in querydict.lists())


class RejectUnusableQueryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_nul(request.GET):
            # Answered by handler400 (vraagbaak.site.errors.bad_request), in the site's layout.
            raise BadRequest("NUL character in the query string")
        return self.get_response(request)
