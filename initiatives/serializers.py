"""The public shape of an initiative, shared by the export and the API (never the e-mail)."""

from django.db.models import Prefetch

from accounts.models import Organisation

from .models import Initiative

CSV_COLUMNS = [
    "slug", "title", "summary", "description", "lead_organisation", "lead_organisation_type",
    "partner_organisations", "themes", "beleidsterrein", "tags", "status", "technique",
    "risk_group", "transparency_obligation", "start_date", "end_date", "website",
    "algoritmeregister_url", "source_code_url", "contact_name", "results", "lessons_learned",
    "is_good_example", "published_at", "confirmed_at", "updated_at", "source", "source_id",
    "attribution", "licence", "source_url", "url",
]


def for_export(queryset):
    """`queryset` with everything the serialisers read, in a fixed number of queries."""
    return queryset.select_related("lead_organisation").prefetch_related(
        "themes", "tags",
        Prefetch("partner_organisations", queryset=Organisation.objects.order_by("name")),
    )


def _iso(value):
    return value.isoformat() if value else None


def organisation_to_dict(organisation: Organisation, request=None) -> dict:
    url = organisation.get_absolute_url()
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "type": organisation.type,
        "url": request.build_absolute_uri(url) if request else url,
    }


def initiative_to_dict(initiative: Initiative, request=None) -> dict:
    url = initiative.get_absolute_url()
    # Third-party entries carry their credit in every copy (CC BY): who, which licence, where from.
    credit = initiative.credit
    return {
        "slug": initiative.slug,
        "title": initiative.title,
        "summary": initiative.summary,
        "description": initiative.description,
        "lead_organisation": organisation_to_dict(initiative.lead_organisation, request),
        "partner_organisations": [
            organisation_to_dict(org, request) for org in initiative.partner_organisations.all()
        ],
        "themes": [{"slug": theme.slug, "name": theme.name} for theme in initiative.themes.all()],
        "beleidsterrein": initiative.beleidsterrein or None,
        "tags": sorted(tag.name for tag in initiative.tags.all()),
        "status": initiative.status,
        "technique": initiative.technique,
        "risk_group": initiative.risk_group,
        "transparency_obligation": initiative.transparency_obligation,
        "start_date": _iso(initiative.start_date),
        "end_date": _iso(initiative.end_date),
        "website": initiative.website or None,
        "algoritmeregister_url": initiative.algoritmeregister_url or None,
        "source_code_url": initiative.source_code_url or None,
        "contact_name": initiative.contact_name or None,
        "results": initiative.results,
        "lessons_learned": initiative.lessons_learned,
        "is_good_example": initiative.is_good_example,
        "published_at": _iso(initiative.published_at),
        "confirmed_at": _iso(initiative.confirmed_at),
        "updated_at": _iso(initiative.updated_at),
        "source": initiative.source,
        "source_id": initiative.source_id or None,
        "attribution": str(credit.text) if credit else None,
        "licence": credit.licence if credit else None,
        "source_url": credit.source_url if credit else None,
        "url": request.build_absolute_uri(url) if request else url,
    }


def initiative_to_row(initiative: Initiative, request=None) -> list:
    data = initiative_to_dict(initiative, request)
    flat = {
        **data,
        "lead_organisation": data["lead_organisation"]["name"],
        "lead_organisation_type": data["lead_organisation"]["type"],
        "partner_organisations": "; ".join(org["name"] for org in data["partner_organisations"]),
        "themes": "; ".join(theme["name"] for theme in data["themes"]),
        "tags": "; ".join(data["tags"]),
        "is_good_example": "ja" if data["is_good_example"] else "nee",
    }
    return [_cell(flat[column]) for column in CSV_COLUMNS]


def _cell(value):
    """A spreadsheet cell: text starting with = + - @ is data, never a formula."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
