"""The admin's import: upload, preview (a dry run with every problem per row), confirm.

The confirmed import, and the preview of a large file, run as ImportJobs on the task
worker; their page shows the state, the rows done and, at the end, the report.
"""

import io

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from .importers import base, jobs, queue
from .importers.base import FORMATS
from .importers.reading import read_file
from .importers.records import ImportFileError
from .models import ImportJob
from .permissions import can_import


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File"))
    format = forms.ChoiceField(label=_("Format"), choices=[(f, f) for f in FORMATS])
    country = forms.CharField(
        label=_("Only this country (PSTW)"), required=False, initial="Netherlands",
        max_length=ImportJob._meta.get_field("country").max_length,
    )
    technology = forms.CharField(
        label=_("Also these technologies (PSTW)"), required=False,
        help_text=_('Comma-separated, e.g. "Blockchain", or "all". Empty: artificial intelligence only.'),
        max_length=ImportJob._meta.get_field("technology").max_length,
    )
    publish = forms.BooleanField(label=_("Publish new entries at once"), required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > base.MAX_FILE_BYTES:
            raise ValidationError(str(base.too_large()), code="too_large")
        return upload

    def clean(self):
        """Read the whole file now, so that one we cannot import is refused here."""
        data = super().clean()
        if self.has_error("file") or "format" not in data or self.has_error("country") or (
            self.has_error("technology")
        ):
            return data
        try:
            text = base.decode(data["file"].read())
            records, _filtered_out = read_file(
                io.StringIO(text), data["format"], country=data["country"] or None,
                technologies=jobs.technologies(data["technology"]),
            )
        except ImportFileError as error:
            self.add_error("file", ValidationError(str(error), code="unreadable"))
        else:
            data["text"], data["rows"] = text, len(records)
        return data


class ConfirmImportForm(forms.Form):
    preview = forms.ModelChoiceField(
        queryset=ImportJob.objects.filter(dry_run=True, state=ImportJob.State.DONE),
        widget=forms.HiddenInput,
    )


class ImportAdminMixin:
    """The import pages of InitiativeAdmin."""

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("import/", view(self.import_view), name="initiatives_import"),
            path("import/<int:pk>/", view(self.import_job_view), name="initiatives_import_job"),
            *super().get_urls(),
        ]

    def _import_context(self, request, title):
        if not can_import(request.user):
            raise PermissionDenied
        return {**self.admin_site.each_context(request), "opts": self.model._meta, "title": title}

    def import_view(self, request):
        context = self._import_context(request, _("Import initiatives"))
        if "preview" in request.POST:
            return self._import_confirmed(request, ConfirmImportForm(request.POST))
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            preview = jobs.import_job_create(
                content=data["text"], file_name=data["file"].name, fmt=data["format"],
                country=data["country"], technology=data["technology"],
                publish=data["publish"], dry_run=True,
                created_by=request.user,
            )
            if data["rows"] > jobs.PREVIEW_IN_REQUEST_ROWS:
                queue.import_job_enqueue(job=preview)
                return redirect("admin:initiatives_import_job", preview.pk)
            preview = jobs.import_job_run(job_id=preview.pk)
            if preview.error:
                form.add_error("file", preview.error)
            else:
                context.update(
                    preview=preview.result(),
                    confirm=ConfirmImportForm(initial={"preview": preview.pk}),
                )
        context.update(form=form, max_size=base.MAX_FILE_BYTES)
        return TemplateResponse(request, "admin/initiatives/initiative/import.html", context)

    def _import_confirmed(self, request, confirm):
        if not confirm.is_valid():
            messages.error(request, _("The preview has expired; upload the file again."))
            return redirect("admin:initiatives_import")
        preview = confirm.cleaned_data["preview"]
        job = queue.import_job_confirm(preview=preview, confirmed_by=request.user)
        if job is None:
            messages.warning(request, _("This preview was already confirmed; this is its import."))
            job = preview.confirmations.first()
        return redirect("admin:initiatives_import_job", job.pk)

    def import_job_view(self, request, pk):
        context = self._import_context(request, _("Import"))
        job = get_object_or_404(ImportJob, pk=pk)
        confirmation = job.confirmations.first() if job.dry_run else None
        context.update(
            job=job, result=job.result(), confirmation=confirmation,
            title=_("Import of %(file)s") % {"file": job.file_name},
            confirm=(
                ConfirmImportForm(initial={"preview": job.pk})
                if job.dry_run and job.state == ImportJob.State.DONE and not confirmation
                else None
            ),
        )
        return TemplateResponse(request, "admin/initiatives/initiative/import_job.html", context)


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    """The list of imports; each opens on its page (InitiativeAdmin.import_job_view)."""

    list_display = [
        "file_name", "format", "dry_run", "state", "rows_done", "rows_total", "created_by",
        "created_at",
    ]
    list_filter = ["state", "dry_run", "format"]
    list_select_related = ["created_by"]

    def has_module_permission(self, request):
        return can_import(request.user)

    def has_view_permission(self, request, obj=None):
        return can_import(request.user)

    def has_delete_permission(self, request, obj=None):
        return can_import(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = self.get_object(request, object_id)
        if job is None:
            raise Http404
        return redirect(reverse("admin:initiatives_import_job", args=[job.pk]))
