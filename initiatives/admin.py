from django.contrib import admin

from .models import Initiative, Theme


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "review_every_answer"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["experts"]


@admin.register(Initiative)
class InitiativeAdmin(admin.ModelAdmin):
    list_display = ["title", "lead_organisation", "status", "publication_state", "updated_at"]
    list_filter = ["publication_state", "status", "technique", "risk_group", "themes"]
    search_fields = ["title", "summary", "lead_organisation__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["lead_organisation", "partner_organisations", "contact_user"]
