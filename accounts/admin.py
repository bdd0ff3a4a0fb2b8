from allauth.account.utils import get_next_redirect_url
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from . import services
from .models import AccessRequest, AccountAuditEntry, Organisation, OrganisationAlias, User
from .permissions import can_change_account, can_use_admin, is_curator


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

    def has_change_permission(self, request, obj=None):
        return (super().has_change_permission(request, obj)
                and can_change_account(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        return (super().has_delete_permission(request, obj)
                and can_change_account(request.user, obj))

    def save_model(self, request, obj, form, change):
        # The form already holds the new values: read what was stored before.
        form.audit_before = _audit_snapshot(User.objects.get(pk=obj.pk)) if change else {}
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.staff_status_sync(user=form.instance)
        _audit_changes(actor=request.user, user=form.instance, before=form.audit_before)

    def user_change_password(self, request, id, form_url=""):
        response = super().user_change_password(request, id, form_url)
        # Django answers a saved password with a redirect, anything else with the form.
        if request.method == "POST" and response.status_code == 302:
            services.account_audit_record(
                actor=request.user, target=User.objects.get(pk=id),
                action=AccountAuditEntry.Action.PASSWORD,
            )
        return response

    def delete_model(self, request, obj):
        services.account_audit_record(actor=request.user, target=obj,
                                      action=AccountAuditEntry.Action.DELETED)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for user in queryset:
            services.account_audit_record(actor=request.user, target=user,
                                          action=AccountAuditEntry.Action.DELETED)
        super().delete_queryset(request, queryset)


def _audit_snapshot(user) -> dict:
    return {
        AccountAuditEntry.Action.EMAIL: user.email,
        AccountAuditEntry.Action.ACTIVE: user.is_active,
        AccountAuditEntry.Action.STAFF: {"staff": user.is_staff, "superuser": user.is_superuser},
        AccountAuditEntry.Action.ROLES: sorted(user.groups.values_list("name", flat=True)),
    }


def _audit_changes(*, actor, user, before: dict) -> None:
    user.refresh_from_db()
    for action, after in _audit_snapshot(user).items():
        if before.get(action) != after:
            services.account_audit_record(actor=actor, target=user, action=action,
                                          detail={"before": before.get(action), "after": after})


class AppendOnlyAdmin(admin.ModelAdmin):
    """An audit trail in the admin: read it, never add, change or delete a row."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AccountAuditEntry)
class AccountAuditEntryAdmin(AppendOnlyAdmin):
    """The audit is read-only: it is written by the services and the user admin only."""

    list_display = ["created_at", "action", "target_email", "actor"]
    list_filter = ["action"]
    search_fields = ["target_email", "actor__email"]
    list_select_related = ["actor"]
    readonly_fields = ["created_at", "actor", "target", "target_email", "action", "detail"]


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
