import csv
import uuid

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import Action, ActionLocation
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from . import services
from .importers import ImportFileError, apply_records, read_file
from .importers.base import FORMATS
from .models import CurationAction, Initiative, InitiativeRevision, Theme
from .permissions import can_curate, can_import
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


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File"))
    format = forms.ChoiceField(label=_("Format"), choices=[(f, f) for f in FORMATS])
    country = forms.CharField(
        label=_("Only this country (PSTW)"), required=False, initial="Netherlands"
    )
    publish = forms.BooleanField(label=_("Publish new entries at once"), required=False)


class ConfirmImportForm(forms.Form):
    token = forms.UUIDField(widget=forms.HiddenInput)
    format = forms.ChoiceField(choices=[(f, f) for f in FORMATS], widget=forms.HiddenInput)
    country = forms.CharField(required=False, widget=forms.HiddenInput)
    publish = forms.BooleanField(required=False, widget=forms.HiddenInput)


def _upload_path(token) -> str:
    return f"initiative-imports/{token}.upload"


@admin.register(Initiative)
class InitiativeAdmin(admin.ModelAdmin):
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
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="initiatieven-selectie.csv"'
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(CSV_COLUMNS)
        for initiative in for_export(queryset):
            writer.writerow(initiative_to_row(initiative, request))
        return response

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.initiative_index(initiative=form.instance)

    def get_urls(self):
        return [
            path("import/", self.admin_site.admin_view(self.import_view), name="initiatives_import"),
            *super().get_urls(),
        ]

    def import_view(self, request):
        """Upload, preview (a dry run with every problem per row), confirm."""
        if not can_import(request.user):
            raise PermissionDenied
        context = {**self.admin_site.each_context(request), "opts": self.model._meta,
                   "title": _("Import initiatives")}
        if "token" in request.POST:
            confirm = ConfirmImportForm(request.POST)
            if confirm.is_valid():
                return self._import_confirmed(request, confirm.cleaned_data)
            messages.error(request, _("The upload has expired; upload the file again."))
            return redirect("admin:initiatives_import")
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            content = data["file"].read()
            try:
                records, filtered_out = read_file(
                    ContentFile(content), data["format"], country=data["country"] or None
                )
            except ImportFileError as error:
                form.add_error("file", str(error))
            else:
                token = uuid.uuid4()
                default_storage.save(_upload_path(token), ContentFile(content))
                preview = apply_records(
                    records, publish=data["publish"], dry_run=True, actor=request.user,
                    filtered_out=filtered_out,
                )
                context.update(
                    preview=preview,
                    confirm=ConfirmImportForm(initial={
                        "token": token, "format": data["format"], "country": data["country"],
                        "publish": data["publish"],
                    }),
                )
        context["form"] = form
        return TemplateResponse(request, "admin/initiatives/initiative/import.html", context)

    def _import_confirmed(self, request, data):
        path_name = _upload_path(data["token"])
        if not default_storage.exists(path_name):
            messages.error(request, _("The upload has expired; upload the file again."))
            return redirect("admin:initiatives_import")
        with default_storage.open(path_name) as handle:
            content = handle.read()
        try:
            records, filtered_out = read_file(
                ContentFile(content), data["format"], country=data["country"] or None
            )
        except ImportFileError as error:
            messages.error(request, str(error))
            return redirect("admin:initiatives_import")
        result = apply_records(
            records, publish=data["publish"], actor=request.user, filtered_out=filtered_out
        )
        default_storage.delete(path_name)
        messages.success(request, _("Import done: %(summary)s.") % {"summary": result.summary()})
        return redirect(reverse("admin:initiatives_initiative_changelist"))


@admin.register(InitiativeRevision)
class InitiativeRevisionAdmin(admin.ModelAdmin):
    list_display = ["initiative", "edited_by", "created_at"]
    readonly_fields = ["initiative", "edited_by", "data", "created_at"]
    search_fields = ["initiative__title"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
