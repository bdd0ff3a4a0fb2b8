"""Counts per filter value for the current selection (standard faceting).

Each facet counts within the selection made by all *other* filters, so a value
shows how many results ticking it would give. One aggregate query per facet,
whatever the number of initiatives.
"""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import Count, Q
from django.utils.translation import get_language

from accounts.content_version import content_version
from accounts.models import UITVOERINGSORGANISATIE_TYPES, Organisation

from .filters import FACETS, UITVOERINGSORGANISATIE, InitiativeFilterSet
from .models import Initiative, Theme


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    # False for the organisations past the top ones: shown after "toon alle" or a search.
    top: bool = True


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption]

    @property
    def selected(self):
        return [option for option in self.options if option.selected]

    @property
    def more(self) -> int:
        """How many values wait behind "toon alle"."""
        return sum(1 for option in self.options if not option.top)


def _subset(queryset):
    return Initiative.objects.filter(pk__in=queryset.values("pk"))


def _counts(queryset, field: str) -> dict:
    rows = _subset(queryset).values(field).annotate(n=Count("pk", distinct=True)).order_by()
    return {row[field]: row["n"] for row in rows if row[field] is not None}


def _selected(filterset, name) -> set[str]:
    return {str(value) for value in filterset.data.getlist(name)} if hasattr(
        filterset.data, "getlist"
    ) else set()


def _filtered_by(filterset, name: str) -> bool:
    return bool((getattr(filterset.form, "cleaned_data", None) or {}).get(name))


# `?alle_organisaties=1` (the list view reads it) shows every organisation of the facet, for
# a browser without script; it changes no count.
SHOW_ALL_ORGANISATIONS = "alle_organisaties"
# The facets on a column of the initiative itself (or its lead organisation's).
FIELDS = {
    "organisatietype": "lead_organisation__type",
    "beleidsterrein": "beleidsterrein",
    "status": "status",
    "techniek": "technique",
    "risicogroep": "risk_group",
}
LEAD = ("lead_organisation", "lead_organisation__name", "lead_organisation__slug")


class _Selection:
    """The counts of every facet not filtered on, from one GROUP BY over the selection with
    every filter applied (a facet not filtered on counts within just that selection): each
    initiative falls in one group, so the groups also give the number of results. A facet
    filtered on counts within the selection without its own filter, in a query of its own."""

    def __init__(self, filterset):
        self.filterset = filterset
        columns = [*FIELDS.values(), *LEAD, "is_good_example"]
        self.rows = list(_subset(filterset.queryset_without(""))
                         .values(*columns).annotate(n=Count("pk")).order_by())
        self.total = sum(row["n"] for row in self.rows)

    def counts(self, name: str, field: str) -> dict:
        if _filtered_by(self.filterset, name):
            return _counts(self.filterset.queryset_without(name), field)
        counts: dict = {}
        for row in self.rows:
            if row[field] is not None:
                counts[row[field]] = counts.get(row[field], 0) + row["n"]
        return counts

    def organisations(self) -> dict:
        """{pk: (slug, name)} of the lead organisations counted here."""
        return {row["lead_organisation"]: (row["lead_organisation__slug"], row["lead_organisation__name"])
                for row in self.rows if row["lead_organisation"] is not None}

    def good_examples(self) -> int:
        if _filtered_by(self.filterset, "goed_voorbeeld"):
            return good_example_count(self.filterset)
        return sum(row["n"] for row in self.rows if row["is_good_example"])


def _theme_options(filterset, selected) -> list[FacetOption]:
    subset = _subset(filterset.queryset_without("thema"))
    themes = Theme.objects.order_by("position", "name").annotate(
        n=Count("initiatives", filter=Q(initiatives__in=subset), distinct=True))
    return [FacetOption(theme.slug, theme.name, theme.n, theme.slug in selected) for theme in themes]


def _organisation_options(selection: _Selection, selected) -> list[FacetOption]:
    counts = selection.counts("organisatie", "lead_organisation")
    names = selection.organisations()
    partners = (_subset(selection.filterset.queryset_without("organisatie"))
                .values("partner_organisations", "partner_organisations__slug",
                        "partner_organisations__name")
                .annotate(n=Count("pk", distinct=True)).order_by())
    for row in partners:
        if (pk := row["partner_organisations"]) is not None:
            counts[pk] = counts.get(pk, 0) + row["n"]
            names[pk] = (row["partner_organisations__slug"], row["partner_organisations__name"])
    # Read here only when needed: lead organisations outside the filtered selection (when
    # filtering on organisations), and chosen ones without initiatives in the selection.
    unnamed = [pk for pk in counts if pk not in names]
    missing = selected - {slug for slug, _name in names.values()}
    if unnamed or missing:
        names.update({org.pk: (org.slug, org.name) for org in Organisation.objects.filter(
            Q(pk__in=unnamed) | Q(slug__in=missing))})
    options = sorted(
        (FacetOption(slug, name, counts.get(pk, 0), slug in selected)
         for pk, (slug, name) in names.items() if pk in counts or slug in selected),
        key=lambda option: (-option.count, option.label),
    )
    _mark_top(options)
    return options


def facet_counts(filterset: InitiativeFilterSet, selection: "_Selection | None" = None) -> list[Facet]:
    selection = selection or _Selection(filterset)
    facets = []
    for name, label in FACETS:
        selected = _selected(filterset, name)
        if name == "thema":
            options = _theme_options(filterset, selected)
        elif name == "organisatie":
            options = _organisation_options(selection, selected)
        else:
            counts = selection.counts(name, FIELDS[name])
            if name == "organisatietype":
                counts[UITVOERINGSORGANISATIE] = sum(
                    counts.get(str(kind), 0) for kind in UITVOERINGSORGANISATIE_TYPES
                )
            choices = filterset.filters[name].extra["choices"]
            options = [
                FacetOption(str(value), str(text), counts.get(value, 0), str(value) in selected)
                for value, text in choices
            ]
        facets.append(Facet(name, label, options))
    return facets


# The organisation facet shows this many at first, by count; the chosen ones always show.
TOP_ORGANISATIONS = 10


def _mark_top(options: list[FacetOption]) -> None:
    """The first TOP_ORGANISATIONS of `options` (sorted by count) and every chosen one are top."""
    for rank, option in enumerate(options):
        option.top = rank < TOP_ORGANISATIONS or option.selected


def good_example_count(filterset: InitiativeFilterSet) -> int:
    return filterset.queryset_without("goed_voorbeeld").filter(is_good_example=True).count()


FACETS_SECONDS = 600
# Parameters of the list page that change no count.
NOT_FILTERS = {"page", SHOW_ALL_ORGANISATIONS}


def cached_facets(filterset: InitiativeFilterSet, params) -> tuple[list[Facet], int, int]:
    """facet_counts, good_example_count and the number of results, computed once per filter
    and content version (in three queries when no facet is filtered on: _Selection).

    The registry's counts are public (published initiatives only) and the same for everyone;
    a write anywhere bumps the version (accounts/content_version.py) and retires them.
    """
    filters = sorted((key, value) for key, values in params.lists() if key not in NOT_FILTERS
                     for value in values)
    digest = hashlib.sha256(urlencode(filters).encode()).hexdigest()[:32]
    key = f"facet-counts:{content_version()}:{get_language()}:{digest}"
    cached = cache.get(key)
    if cached is None:
        selection = _Selection(filterset)
        cached = (facet_counts(filterset, selection), selection.good_examples(), selection.total)
        cache.set(key, cached, FACETS_SECONDS)
    return cached
