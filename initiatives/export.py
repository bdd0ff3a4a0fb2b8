"""Open data out: the current selection of the list page as CSV or JSON. Published only."""

import json

from django.http import HttpResponse
from django.utils import timezone

from .filters import InitiativeFilterSet
from .models import Initiative
from .responses import csv_response
from .serializers import CSV_COLUMNS, for_export, initiative_to_dict, initiative_to_row

MAX_EXPORT_ROWS = 10_000


def _selection(request):
    filterset = InitiativeFilterSet(request.GET, queryset=Initiative.objects.published())
    return for_export(filterset.results)[:MAX_EXPORT_ROWS]


def _filename(extension: str) -> str:
    return f"initiatieven-{timezone.localdate():%Y-%m-%d}.{extension}"


def export_csv(request):
    rows = (initiative_to_row(initiative, request) for initiative in _selection(request))
    return csv_response(filename=_filename("csv"), header=CSV_COLUMNS, rows=rows)


def export_json(request):
    data = [initiative_to_dict(initiative, request) for initiative in _selection(request)]
    response = HttpResponse(
        json.dumps({"initiatives": data}, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename("json")}"'
    return response
