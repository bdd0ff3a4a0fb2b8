"""The read-only JSON API of the registry (/api/v1/), with the list page's filters.

Only published initiatives ever leave the portal. The API is declared with django-ninja: its
parameters (api_params) and answers (public_fields) are types, and the OpenAPI 3.1
description is generated from those same types, so the two cannot drift apart; every answer
is checked against its type before it is sent. docs/api.md says why ninja.
"""

import json

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET
from ninja import NinjaAPI, Query
from ninja.errors import ValidationError
from pydantic import create_model

from accounts.models import Organisation

from .api_params import MAX_PAGE_SIZE, InitiativeParams, PageParams
from .filters import OpenDataFilterSet
from .models import Initiative, Theme
from .public_fields import (
    URI,
    Closed,
    InitiativeOut,
    OrganisationOut,
    organisation_to_dict,
)
from .serializers import for_export, initiative_to_dict
from .vocabularies import SOURCE_CREDIT, Source

TECH_WATCH = SOURCE_CREDIT[Source.PSTW]
DESCRIPTION = (
    "Read-only open data. Only published initiatives. Entries from the EU Public Sector Tech "
    "Watch (`source` = `pstw`) are data of the European Commission, Joint Research Centre, "
    f"Public Sector Tech Watch ({TECH_WATCH.source_url}), used under CC BY 4.0 and mapped "
    "onto this registry's fields: each carries `attribution`, `licence` and `source_url`; "
    "show the attribution wherever you show the entry.\n\n"
    f"Lists are paged: `page` from 1, `page_size` at most {MAX_PAGE_SIZE}. A bad parameter is "
    "a 400 naming it in `fields`; an address or a page that does not exist is a 404; a method "
    'other than GET is a 405. Errors are JSON: `{"error": "..."}`.'
)


class ErrorOut(Closed):
    error: str
    fields: dict[str, list[str]] | None = None


def _page_of(name: str, item):
    return create_model(
        name, __base__=Closed, count=(int, ...), page=(int, ...), page_size=(int, ...),
        next=(URI | None, ...), previous=(URI | None, ...), results=(list[item], ...),
    )


InitiativePage = _page_of("InitiativePage", InitiativeOut)
OrganisationPage = _page_of("OrganisationPage", OrganisationOut)


class ThemeOut(Closed):
    slug: str
    name: str
    description: str
    initiative_count: int


class ThemeList(Closed):
    results: list[ThemeOut]


ERRORS = {400: ErrorOut, 404: ErrorOut}

api = NinjaAPI(
    title="AI-vraagbaak: registry of government AI initiatives",
    version="1.0.0",
    description=DESCRIPTION,
    openapi_extra={"info": {"license": {"name": "CC BY 4.0", "identifier": "CC-BY-4.0"}}},
    # The description is served by `openapi` below (at the API's own address); no docs page.
    openapi_url=None,
    docs_url=None,
    urls_namespace="api-v1",
)


def _error(request, message: str, status: int, fields: dict | None = None):
    body = {"error": message} if fields is None else {"error": message, "fields": fields}
    return api.create_response(request, body, status=status)


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    """A 400 naming each bad parameter (ninja's own would be a 422 of its own shape)."""
    fields: dict[str, list[str]] = {}
    for error in exc.errors:
        # loc: ("query", "params", parameter, [index, union branch]); the empty-value branch
        # says nothing a client needs ("Input should be ''").
        if error["loc"][-1] == "literal['']":
            continue
        names = [part for part in error["loc"][1:] if isinstance(part, str) and part != "params"]
        name = names[0] if names else "request"
        message = error["msg"].removeprefix("Value error, ")
        if message not in fields.setdefault(name, []):
            fields[name].append(message)
    summary = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in fields.items())
    return _error(request, f"invalid parameters: {summary}", 400, fields)


@api.exception_handler(Http404)
def not_found(request, exc):
    return _error(request, str(exc) or "not found", 404)


def _page(request, queryset, params: PageParams, serialise):
    paginator = Paginator(queryset, params.page_size)
    try:
        page = paginator.page(params.page)
    except EmptyPage:
        raise Http404("page does not exist") from None

    def link(number):
        if number is None:
            return None
        query = request.GET.copy()
        query["page"] = number
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return {
        "count": paginator.count,
        "page": page.number,
        "page_size": params.page_size,
        "next": link(page.next_page_number() if page.has_next() else None),
        "previous": link(page.previous_page_number() if page.has_previous() else None),
        "results": [serialise(item) for item in page.object_list],
    }


@api.get("/initiatives/", response={200: InitiativePage, **ERRORS}, url_name="api-initiative-list",
         operation_id="listInitiatives", summary="Published initiatives, filtered and paged")
def initiative_list(request, params: Query[InitiativeParams]):
    filterset = OpenDataFilterSet(params.as_query(), queryset=Initiative.objects.published())
    if not filterset.is_valid():  # the parameters' types already hold; kept as a safety net
        fields = {name: [error["message"] for error in errors]
                  for name, errors in filterset.errors.get_json_data().items()}
        return _error(request, "invalid filter", 400, fields)
    return _page(request, for_export(filterset.results), params,
                 lambda item: initiative_to_dict(item, request))


@api.get("/initiatives/{slug}/", response={200: InitiativeOut, 404: ErrorOut},
         url_name="api-initiative-detail", operation_id="getInitiative",
         summary="One published initiative")
def initiative_detail(request, slug: str):
    initiative = for_export(Initiative.objects.published()).filter(slug=slug).first()
    if initiative is None:
        raise Http404("no published initiative with this slug")
    return initiative_to_dict(initiative, request)


@api.get("/organisations/", response={200: OrganisationPage, **ERRORS},
         url_name="api-organisation-list", operation_id="listOrganisations",
         summary="Organisations, by name, paged")
def organisation_list(request, params: Query[PageParams]):
    queryset = Organisation.objects.order_by("name")
    return _page(request, queryset, params, lambda item: organisation_to_dict(item, request))


@api.get("/themes/", response=ThemeList, url_name="api-theme-list", operation_id="listThemes",
         summary="All themes, with their number of published initiatives")
def theme_list(request):
    return {"results": [
        {"slug": theme.slug, "name": theme.name, "description": theme.description,
         "initiative_count": theme.initiative_count}
        for theme in Theme.objects.with_initiative_count()
    ]}


def openapi_document(request) -> dict:
    """The OpenAPI description, generated from the operations above, as JSON reads it (ninja
    keys the responses by int)."""
    document = api.get_openapi_schema(path_prefix="")
    document["servers"] = [{"url": request.build_absolute_uri("/api/v1")}]
    return json.loads(json.dumps(document))


@csrf_exempt  # read-only: an undeclared method gets 405 from require_GET, not a CSRF 403
@require_GET
def openapi(request):
    return JsonResponse(openapi_document(request), json_dumps_params={"indent": 1})


# The operations' URL patterns, named as before (initiatives:api-…); the description is
# served by `openapi` above, so ninja's own root and documentation views are left out.
operation_urls = [pattern for pattern in api.urls[0] if pattern.name != "api-root"]
