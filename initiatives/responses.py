"""Response helpers the registry and the vraagbaak share: CSV downloads, safe redirects back,
and template partials for fetch requests. Plain functions, so an upper part uses them directly."""

import csv
from collections.abc import Iterable, Sequence

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

# The header a page's script sends to ask for one partial of the page instead of all of it.
PARTIAL_HEADER = "X-Partial"


def csv_response(*, filename: str, header: Sequence[str], rows: Iterable[Sequence]) -> HttpResponse:
    """A CSV file to download, UTF-8 with a BOM so that Excel reads it as UTF-8."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response


def safe_next_url(request, default: str, *, from_query: bool = True) -> str:
    """The `next` address of the form (or, with `from_query`, of the query string) when it
    points at this site, else `default`: never an open redirect to somewhere else."""
    candidate = request.POST.get("next") or (from_query and request.GET.get("next")) or ""
    if url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return candidate
    return default


def partial_requested(request, name: str) -> bool:
    """Whether the page's script asked for the partial `name` alone (`X-Partial: name`)."""
    return request.headers.get(PARTIAL_HEADER) == name


def render_partial(request, template: str, partial: str, context: dict, **kwargs) -> HttpResponse:
    """Render the `{% partialdef partial %}` of `template` on its own."""
    return render(request, f"{template}#{partial}", context, **kwargs)
