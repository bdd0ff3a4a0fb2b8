from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Organisation, OrganisationAlias, User


class OrganisationAliasInline(admin.TabularInline):
    model = OrganisationAlias
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "type", "parent", "website"]
    list_filter = ["type"]
    search_fields = ["name", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    inlines = [OrganisationAliasInline]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "organisation", "is_staff", "is_active"]
    list_filter = ["groups", "is_staff", "is_active", "organisation__type"]
    search_fields = ["email", "display_name", "organisation__name"]
    autocomplete_fields = ["organisation"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["display_name", "organisation", "job_title", "bio"]}),
        (_("Roles"), {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        # Curators manage roles through the groups; only a superuser hands out
        # superuser or staff status directly, so no curator can raise themselves.
        readonly = ["last_login", "date_joined"]
        if not request.user.is_superuser:
            readonly += ["is_superuser", "is_staff"]
        return readonly

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.staff_status_sync(user=form.instance)
