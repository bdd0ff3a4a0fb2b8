from django.contrib import admin, messages
from django.contrib.admin.options import Action, ActionLocation
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from . import services
from .admin_import import ImportAdminMixin
from .models import CurationAction, Initiative, InitiativeRevision, Theme
from .permissions import can_curate
from .responses import csv_response
from .serializers import CSV_COLUMNS, for_export, initiative_to_row


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "review_every_answer"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["experts"]
    search_fields = ["name"]


class PartnerInline(admin.TabularInline):
    model = Initiative.partner_organisations.through
    extra = 1
    autocomplete_fields = ["organisation"]
    verbose_name = _("partner organisation")
    verbose_name_plural = _("partner organisations")


class CurationActionInline(admin.TabularInline):
    model = CurationAction
    extra = 0
    can_delete = False
    fields = ["created_at", "step", "actor", "note"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Initiative)
class InitiativeAdmin(ImportAdminMixin, admin.ModelAdmin):
    list_display = [
        "title", "lead_organisation", "status", "publication_state", "is_good_example",
        "confirmed_at", "updated_at",
    ]
    list_filter = [
        "publication_state", "themes", "lead_organisation__type", "beleidsterrein", "status",
        "technique", "risk_group", "is_good_example", "source",
    ]
    search_fields = ["title", "summary", "lead_organisation__name", "source_id"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["lead_organisation", "contact_user"]
    exclude = ["partner_organisations"]
    readonly_fields = [
        "submitted_by", "reviewed_by", "reviewed_at", "published_at", "created_at", "updated_at",
    ]
    inlines = [PartnerInline, CurationActionInline]
    actions = ["publish", "archive", "mark_good_example", "export_csv"]
    list_select_related = ["lead_organisation"]
    change_list_template = "admin/initiatives/initiative/change_list.html"

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        if action_location != ActionLocation.CHANGE_LIST:
            return actions
        # "Set theme" as one action per theme: the admin's bulk actions take no arguments.
        for theme in Theme.objects.order_by("position", "name"):
            name = f"add_theme_{theme.pk}"
            description = _("Add theme: %(name)s") % {"name": theme.name}
            actions[name] = Action(
                func=self._theme_action(theme), name=name, description=description,
                plural_description=description, locations=[ActionLocation.CHANGE_LIST],
            )
        return actions

    def _theme_action(self, theme):
        def action(modeladmin, request, queryset):
            for initiative in queryset:
                initiative.themes.add(theme)
            messages.success(request, _("Theme added to %(n)s initiatives.") % {"n": queryset.count()})

        return action

    def _require_curator(self, request):
        if not can_curate(request.user):
            raise PermissionDenied

    @admin.action(description=_("Publish the selected initiatives"))
    def publish(self, request, queryset):
        self._require_curator(request)
        for initiative in queryset:
            services.initiative_publish(initiative=initiative, curator=request.user)
        messages.success(request, _("%(n)s initiatives published.") % {"n": queryset.count()})

    @admin.action(description=_("Archive the selected initiatives"))
    def archive(self, request, queryset):
        self._require_curator(request)
        for initiative in queryset:
            services.initiative_archive(initiative=initiative, curator=request.user)
        messages.success(request, _("%(n)s initiatives archived.") % {"n": queryset.count()})

    @admin.action(description=_("Mark the selected initiatives as good examples"))
    def mark_good_example(self, request, queryset):
        self._require_curator(request)
        for initiative in queryset:
            services.initiative_mark_good_example(initiative=initiative, curator=request.user)
        messages.success(request, _("Marked as good example."))

    @admin.action(description=_("Export the selected initiatives as CSV"))
    def export_csv(self, request, queryset):
        rows = (initiative_to_row(initiative, request) for initiative in for_export(queryset))
        return csv_response(filename="initiatieven-selectie.csv", header=CSV_COLUMNS, rows=rows)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.initiative_index(initiative=form.instance)


@admin.register(InitiativeRevision)
class InitiativeRevisionAdmin(admin.ModelAdmin):
    list_display = ["initiative", "edited_by", "created_at"]
    readonly_fields = ["initiative", "edited_by", "data", "created_at"]
    search_fields = ["initiative__title"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
