"""The registry's filters, written once for the list page, the export and the API.

Several values within one filter mean OR; different filters combine with AND.
The URL holds the whole selection (Dutch parameter names, like the paths).
"""

import django_filters
from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from accounts.models import UITVOERINGSORGANISATIE_TYPES, Organisation, OrganisationType

from .models import Initiative, Theme
from .selectors import search_ranked
from .vocabularies import Beleidsterrein, RiskGroup, Status, Technique

UITVOERINGSORGANISATIE = "uitvoeringsorganisatie"
ORGANISATION_TYPE_CHOICES = [
    (UITVOERINGSORGANISATIE, _("Uitvoeringsorganisatie (agencies and ZBOs)")),
    *OrganisationType.choices,
]
SORT_CHOICES = [
    ("bijgewerkt", _("Recently updated")),
    ("naam", _("Name")),
    ("start", _("Start date (newest first)")),
]
SORT_ORDER = {
    "bijgewerkt": ["-updated_at", "pk"],
    "naam": ["title", "pk"],
    "start": [F("start_date").desc(nulls_last=True), "title"],
}
# The facets shown with counts, in display order: (parameter, label).
FACETS = [
    ("thema", _("Theme")),
    ("organisatie", _("Organisation")),
    ("organisatietype", _("Organisation type")),
    ("beleidsterrein", _("Policy area")),
    ("status", _("Status")),
    ("techniek", _("AI technique")),
    ("risicogroep", _("AI Act risk group")),
]


class InitiativeFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_search", max_length=200,
    )
    thema = django_filters.ModelMultipleChoiceFilter(
        label=_("Theme"), field_name="themes__slug", to_field_name="slug",
        queryset=Theme.objects.all(), widget=forms.CheckboxSelectMultiple,
    )
    organisatie = django_filters.ModelMultipleChoiceFilter(
        label=_("Organisation"), to_field_name="slug", queryset=Organisation.objects.all(),
        method="filter_organisation", widget=forms.CheckboxSelectMultiple,
    )
    organisatietype = django_filters.MultipleChoiceFilter(
        label=_("Organisation type"), choices=ORGANISATION_TYPE_CHOICES,
        method="filter_organisation_type", widget=forms.CheckboxSelectMultiple,
    )
    beleidsterrein = django_filters.MultipleChoiceFilter(
        label=_("Policy area"), choices=Beleidsterrein.choices, widget=forms.CheckboxSelectMultiple,
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Status.choices, widget=forms.CheckboxSelectMultiple,
    )
    techniek = django_filters.MultipleChoiceFilter(
        label=_("AI technique"), field_name="technique", choices=Technique.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    risicogroep = django_filters.MultipleChoiceFilter(
        label=_("AI Act risk group"), field_name="risk_group", choices=RiskGroup.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    goed_voorbeeld = django_filters.BooleanFilter(
        label=_("Good examples only"), field_name="is_good_example", method="filter_good_example",
        widget=forms.CheckboxInput,
    )
    sorteer = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="filter_sort", empty_label=None,
    )

    class Meta:
        model = Initiative
        fields = []

    def filter_search(self, queryset, name, value):
        return search_ranked(queryset, value) if value else queryset

    def filter_organisation(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            Q(lead_organisation__in=value) | Q(partner_organisations__in=value)
        ).distinct()

    def filter_organisation_type(self, queryset, name, value):
        if not value:
            return queryset
        types = set(value)
        if UITVOERINGSORGANISATIE in types:
            types.discard(UITVOERINGSORGANISATIE)
            types.update(UITVOERINGSORGANISATIE_TYPES)
        return queryset.filter(lead_organisation__type__in=types)

    def filter_good_example(self, queryset, name, value):
        return queryset.filter(is_good_example=True) if value else queryset

    def filter_sort(self, queryset, name, value):
        # Ordering is applied last, in `ordered()`: a search ranks unless a sort is chosen.
        return queryset

    @property
    def search_term(self) -> str:
        self.errors  # noqa: B018 (validates the form)
        return (getattr(self.form, "cleaned_data", None) or {}).get("q") or ""

    def ordered(self, queryset):
        data = getattr(self.form, "cleaned_data", {}) or {}
        sort = data.get("sorteer")
        if not sort and data.get("q") and "rank" in queryset.query.annotations:
            return queryset.order_by("-rank", "-updated_at", "pk")
        return queryset.order_by(*SORT_ORDER.get(sort or "bijgewerkt"))

    @property
    def results(self):
        """The filtered, ordered queryset."""
        return self.ordered(self.qs)

    def __init__(self, data=None, *args, **kwargs):
        # An empty value ("organisatie=", what a cleared select or a client sends) means no
        # choice, as an absent one does, not an invalid one.
        if data is not None and hasattr(data, "lists"):
            cleaned = data.copy()
            for name, values in data.lists():
                kept = [value for value in values if value != ""]
                if kept:
                    cleaned.setlist(name, kept)
                else:
                    del cleaned[name]
            data = cleaned
        super().__init__(data, *args, **kwargs)

    def queryset_without(self, facet: str):
        """The selection with every filter applied except `facet`'s own (for its counts)."""
        self.errors  # noqa: B018 (validates the form)
        queryset = self.queryset.all()
        for name, value in (getattr(self.form, "cleaned_data", None) or {}).items():
            if name != facet:
                queryset = self.filters[name].filter(queryset, value)
        return queryset


class _AnyValueField(forms.MultipleChoiceField):
    """Several free values: no list of choices to be one of."""

    def valid_value(self, value):
        return True


class AnySlugFilter(django_filters.MultipleChoiceFilter):
    field_class = _AnyValueField


class OpenDataFilterSet(InitiativeFilterSet):
    """The API's filters: the same, except that a theme or organisation slug that does not
    exist matches nothing, as its OpenAPI description says (any text is a valid slug to
    ask for), rather than being a 400. The page keeps its checkboxes' validation."""

    thema = AnySlugFilter(field_name="themes__slug")
    organisatie = AnySlugFilter(method="filter_organisation_slug")

    def filter_organisation_slug(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            Q(lead_organisation__slug__in=value) | Q(partner_organisations__slug__in=value)
        ).distinct()
