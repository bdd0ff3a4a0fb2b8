"""The public shape of an initiative, shared by the export and the API (never the e-mail).

The fields themselves are declared once, in public_fields.PUBLIC_FIELDS.
"""

from django.db.models import Prefetch

from accounts.models import Organisation

from .models import Initiative
from .public_fields import PUBLIC_FIELDS

CSV_COLUMNS = [column for field in PUBLIC_FIELDS for column in field.csv_columns]


def for_export(queryset):
    """`queryset` with everything the serialisers read, in a fixed number of queries."""
    return queryset.select_related("lead_organisation").prefetch_related(
        "themes", "tags",
        Prefetch("partner_organisations", queryset=Organisation.objects.order_by("name")),
    )


def initiative_to_dict(initiative: Initiative, request=None) -> dict:
    return {field.name: field.read(initiative, request) for field in PUBLIC_FIELDS}


def initiative_to_row(initiative: Initiative, request=None) -> list:
    data = initiative_to_dict(initiative, request)
    return [_cell(cell) for field in PUBLIC_FIELDS for cell in field.cells(data[field.name])]


def _cell(value):
    """A spreadsheet cell: text starting with = + - @ is data, never a formula."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
