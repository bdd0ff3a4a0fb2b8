from django.db.models import Count, Q
from django.views.generic import DetailView, ListView

from accounts.sections import page_sections

from .models import Initiative, Theme
from .vocabularies import PublicationState


class ThemeListView(ListView):
    model = Theme

    def get_queryset(self):
        return Theme.objects.annotate(
            initiative_count=Count(
                "initiatives",
                filter=Q(initiatives__publication_state=PublicationState.PUBLISHED),
                distinct=True,
            )
        )


class ThemeDetailView(DetailView):
    model = Theme

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["initiatives"] = (
            self.object.initiatives.published().select_related("lead_organisation")[:20]
        )
        context["experts"] = self.object.experts.filter(is_active=True).select_related(
            "organisation"
        )
        context["sections"] = page_sections("THEME_PAGE_SECTIONS", self.object, self.request)
        return context


class InitiativeListView(ListView):
    paginate_by = 20

    def get_queryset(self):
        return Initiative.objects.published().select_related("lead_organisation")


class InitiativeDetailView(DetailView):
    def get_queryset(self):
        return Initiative.objects.published().select_related("lead_organisation")
