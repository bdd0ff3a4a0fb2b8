"""Counts per filter value for the current selection (standard faceting).

Each facet counts within the selection made by all *other* filters, so a value
shows how many results ticking it would give. One aggregate query per facet,
whatever the number of initiatives.
"""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import Count
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


def _counts(queryset, field: str) -> dict:
    subset = Initiative.objects.filter(pk__in=queryset.values("pk"))
    rows = subset.values(field).annotate(n=Count("pk", distinct=True)).order_by()
    return {row[field]: row["n"] for row in rows if row[field] is not None}


def _selected(filterset, name) -> set[str]:
    return {str(value) for value in filterset.data.getlist(name)} if hasattr(
        filterset.data, "getlist"
    ) else set()


# `?alle_organisaties=1` (the list view reads it) shows every organisation of the facet, for
# a browser without script; it changes no count.
SHOW_ALL_ORGANISATIONS = "alle_organisaties"


def facet_counts(filterset: InitiativeFilterSet) -> list[Facet]:
    facets = []
    for name, label in FACETS:
        selected = _selected(filterset, name)
        queryset = filterset.queryset_without(name)
        if name == "thema":
            counts = _counts(queryset, "themes")
            themes = Theme.objects.order_by("position", "name")
            options = [
                FacetOption(theme.slug, theme.name, counts.get(theme.pk, 0), theme.slug in selected)
                for theme in themes
            ]
        elif name == "organisatie":
            counts = _counts(queryset, "lead_organisation")
            for pk, n in _counts(queryset, "partner_organisations").items():
                counts[pk] = counts.get(pk, 0) + n
            organisations = Organisation.objects.filter(pk__in=list(counts)) | (
                Organisation.objects.filter(slug__in=selected)
            )
            options = sorted(
                (
                    FacetOption(org.slug, org.name, counts.get(org.pk, 0), org.slug in selected)
                    for org in organisations.distinct()
                ),
                key=lambda option: (-option.count, option.label),
            )
            _mark_top(options)
        else:
            field = {
                "organisatietype": "lead_organisation__type",
                "techniek": "technique",
                "risicogroep": "risk_group",
            }.get(name, name)
            counts = _counts(queryset, field)
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


def cached_facets(filterset: InitiativeFilterSet, params) -> tuple[list[Facet], int]:
    """facet_counts and good_example_count, computed once per filter and content version.

    The registry's counts are public (published initiatives only) and the same for everyone;
    a write anywhere bumps the version (accounts/content_version.py) and retires them.
    """
    filters = sorted((key, value) for key, values in params.lists() if key not in NOT_FILTERS
                     for value in values)
    digest = hashlib.sha256(urlencode(filters).encode()).hexdigest()[:32]
    key = f"facets:{content_version()}:{get_language()}:{digest}"
    cached = cache.get(key)
    if cached is None:
        cached = (facet_counts(filterset), good_example_count(filterset))
        cache.set(key, cached, FACETS_SECONDS)
    return cached
