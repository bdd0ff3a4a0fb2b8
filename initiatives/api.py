"""The read-only JSON API of the registry (/api/v1/), with the list page's filters.

Only published initiatives ever leave the portal. The OpenAPI 3.1 description is
hand-written in openapi.py and checked against real responses by the tests.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from accounts.models import Organisation

from .filters import InitiativeFilterSet
from .models import Initiative, Theme
from .openapi import openapi_document
from .public_fields import organisation_to_dict
from .serializers import for_export, initiative_to_dict

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _page(request, queryset, serialise):
    try:
        size = int(request.GET.get("page_size", DEFAULT_PAGE_SIZE))
    except ValueError:
        return None, _error("page_size must be a whole number", 400)
    if not 1 <= size <= MAX_PAGE_SIZE:
        # As the OpenAPI description says: a client asking for more learns the limit.
        return None, _error(f"page_size must be between 1 and {MAX_PAGE_SIZE}", 400)
    paginator = Paginator(queryset, size)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        return None, _error("page does not exist", 404)

    def link(number):
        if number is None:
            return None
        params = request.GET.copy()
        params["page"] = number
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return {
        "count": paginator.count,
        "page": page.number,
        "page_size": size,
        "next": link(page.next_page_number() if page.has_next() else None),
        "previous": link(page.previous_page_number() if page.has_previous() else None),
        "results": [serialise(item) for item in page.object_list],
    }, None


@csrf_exempt  # read-only: an undeclared method gets 405 from require_GET, not a CSRF 403
@require_GET
def initiative_list(request):
    filterset = InitiativeFilterSet(request.GET, queryset=Initiative.objects.published())
    if filterset.is_bound and not filterset.is_valid():
        return JsonResponse({"error": "invalid filter", "fields": filterset.errors}, status=400)
    body, error = _page(
        request, for_export(filterset.results), lambda item: initiative_to_dict(item, request)
    )
    return error or JsonResponse(body)


@csrf_exempt  # read-only: an undeclared method gets 405 from require_GET, not a CSRF 403
@require_GET
def initiative_detail(request, slug: str):
    initiative = for_export(Initiative.objects.published()).filter(slug=slug).first()
    if initiative is None:
        return _error("no published initiative with this slug", 404)
    return JsonResponse(initiative_to_dict(initiative, request))


@csrf_exempt  # read-only: an undeclared method gets 405 from require_GET, not a CSRF 403
@require_GET
def organisation_list(request):
    queryset = Organisation.objects.order_by("name")
    body, error = _page(request, queryset, lambda item: organisation_to_dict(item, request))
    return error or JsonResponse(body)


@csrf_exempt  # read-only: an undeclared method gets 405 from require_GET, not a CSRF 403
@require_GET
def theme_list(request):
    themes = Theme.objects.with_initiative_count()
    return JsonResponse({
        "results": [
            {"slug": theme.slug, "name": theme.name, "description": theme.description,
             "initiative_count": theme.initiative_count}
            for theme in themes
        ]
    })


@csrf_exempt  # read-only: an undeclared method gets 405 from require_GET, not a CSRF 403
@require_GET
def openapi(request):
    return JsonResponse(openapi_document(request), json_dumps_params={"indent": 1})
