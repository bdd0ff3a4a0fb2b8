import json

from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from . import access_requests, services
from .forms import AccessRequestForm, AccountDeleteForm, OrganisationFilterForm, ProfileForm
from .models import Organisation
from .public_profiles import profiles_visible_to
from .read_only import ReadOnlyMixin
from .sections import page_sections


class OrganisationListView(ReadOnlyMixin, ListView):
    model = Organisation
    paginate_by = 50

    def get_queryset(self):
        self.filter_form = OrganisationFilterForm(self.request.GET or None)
        queryset = Organisation.objects.with_member_count().order_by("name")
        if self.filter_form.is_valid():
            data = self.filter_form.cleaned_data
            if data["type"]:
                queryset = queryset.filter(type=data["type"])
            if data["q"]:
                queryset = queryset.filter(name__icontains=data["q"])
        return queryset

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_form=self.filter_form, **kwargs)


class OrganisationDetailView(ReadOnlyMixin, DetailView):
    model = Organisation

    def get_queryset(self):
        return Organisation.objects.select_related("parent").with_member_count()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["children"] = self.object.children.all()
        # Who works where, and as what, is for signed-in members only (AVG: data minimisation).
        context["members"] = (
            self.object.members.filter(is_active=True).exclude(display_name="")
            .order_by("display_name")[:50] if self.request.user.is_authenticated else None
        )
        context["sections"] = page_sections("ORGANISATION_PAGE_SECTIONS", self.object, self.request)
        return context


class ProfileView(ReadOnlyMixin, DetailView):
    template_name = "accounts/profile_detail.html"
    context_object_name = "profile"

    def get_queryset(self):
        # Visitors: only people already named in public, else 404 (ids are sequential).
        return profiles_visible_to(self.request.user).select_related("organisation")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = page_sections("PROFILE_PAGE_SECTIONS", self.object, self.request)
        return context


@login_required
def profile_edit(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.profile_update(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile", pk=request.user.pk)
    return render(request, "accounts/profile_form.html", {"form": form})


@login_required
def personal_data_download(request):
    data = services.personal_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-ai-vraagbaak.json"'
    return response


@login_required
def account_delete(request):
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.user_delete(user=request.user)
        logout(request)
        messages.success(request, _("Your account and personal data have been removed."))
        return redirect(settings.HOME_URL)
    return render(request, "accounts/account_delete.html", {"form": form})


def access_request(request):
    if request.method == "POST":
        # Per client address (behind the proxy: the forwarded one), see ACCOUNT_RATE_LIMITS.
        limited = ratelimit.consume_or_429(request, action="access_request")
        if limited:
            return limited
    form = AccessRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # A filled honeypot gets the same answer, so a bot learns nothing; nothing is stored.
        if not form.is_spam():
            access_requests.access_request_submit(**form.request_data())
        messages.success(
            request,
            _("Thank you. A curator looks at your request; you will hear from us by e-mail."),
        )
        return redirect(settings.HOME_URL)
    return render(request, "accounts/accessrequest_form.html", {"form": form})
