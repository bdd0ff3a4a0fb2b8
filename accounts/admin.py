from allauth.account.utils import get_next_redirect_url
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from . import services
from .models import AccessRequest, Organisation, OrganisationAlias, User
from .permissions import can_use_admin, is_curator


def admin_login(request, extra_context=None):
    """The admin's login page, behind allauth's `secure_admin_login` (which sends visitors
    to allauth's login): it never takes a password itself, it only lets staff through."""
    if not can_use_admin(request):
        raise PermissionDenied
    return redirect(get_next_redirect_url(request) or "admin:index")


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


@admin.register(AccessRequest)
class AccessRequestAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "organisation_name", "state", "created_at"]
    list_filter = ["state"]
    search_fields = ["name", "email", "organisation_name"]
    readonly_fields = ["name", "email", "organisation_name", "motivation", "state",
                       "decided_by", "decided_at", "created_at"]
    actions = ["approve", "reject"]

    def has_add_permission(self, request):
        return False

    def _decide(self, request, queryset, approve):
        if not is_curator(request.user):
            self.message_user(request, _("Only curators decide on requests."), messages.ERROR)
            return
        signup_url = request.build_absolute_uri(services.signup_path())
        pending = queryset.filter(state=AccessRequest.State.PENDING)
        for access_request in pending:
            services.access_request_decide(access_request=access_request, approve=approve,
                                           decided_by=request.user, signup_url=signup_url)
        self.message_user(request, _("%(count)d requests decided.") % {"count": len(pending)})

    @admin.action(description=_("Approve: the address may sign up"),
                  permissions=["change"])
    def approve(self, request, queryset):
        self._decide(request, queryset, approve=True)

    @admin.action(description=_("Reject"), permissions=["change"])
    def reject(self, request, queryset):
        self._decide(request, queryset, approve=False)
