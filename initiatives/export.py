"""Open data out: the current selection of the list page as CSV or JSON. Published only."""

import csv
import json

from django.http import HttpResponse
from django.utils import timezone

from .filters import InitiativeFilterSet
from .models import Initiative
from .serializers import CSV_COLUMNS, for_export, initiative_to_dict, initiative_to_row

MAX_EXPORT_ROWS = 10_000


def _selection(request):
    filterset = InitiativeFilterSet(request.GET, queryset=Initiative.objects.published())
    return for_export(filterset.results)[:MAX_EXPORT_ROWS]


def _filename(extension: str) -> str:
    return f"initiatieven-{timezone.localdate():%Y-%m-%d}.{extension}"


def export_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    # A BOM so that Excel reads the file as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for initiative in _selection(request):
        writer.writerow(initiative_to_row(initiative, request))
    return response


def export_json(request):
    data = [initiative_to_dict(initiative, request) for initiative in _selection(request)]
    response = HttpResponse(
        json.dumps({"initiatives": data}, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename("json")}"'
    return response
