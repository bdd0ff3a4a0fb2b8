"""The curator's access-request pages, outside the Django admin."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .access_requests import access_request_approve
from .models import AccessRequest, Organisation, OrganisationDomain
from .organisation_views import curator_required
from .signup_domains import domain_of


class DecisionForm(forms.Form):
    APPROVE, REJECT = "approve", "reject"
    decision = forms.ChoiceField(
        label=gettext_lazy("Decision"), widget=forms.RadioSelect,
        choices=[(APPROVE, gettext_lazy("Approve")), (REJECT, gettext_lazy("Reject"))],
    )
    organisation = forms.ModelChoiceField(
        label=gettext_lazy("Joins this organisation"), required=False,
        queryset=Organisation.objects.order_by("name"),
    )
    new_organisation_name = forms.CharField(
        label=gettext_lazy("Or create this organisation"), required=False, max_length=200,
    )
    add_domain = forms.BooleanField(
        label=gettext_lazy("Let every address at this domain sign up and join the organisation"),
        required=False,
    )

    def __init__(self, *args, access_request: AccessRequest, **kwargs):
        super().__init__(*args, **kwargs)
        self.domain = domain_of(access_request.email)

    def clean(self):
        data = super().clean()
        new = data.get("new_organisation_name", "").strip()
        data["new_organisation_name"] = new
        if data.get("decision") != self.APPROVE:
            return data
        if data.get("organisation") and new:
            raise ValidationError(_("Choose an organisation or name a new one, not both."), code="both")
        if new and Organisation.objects.filter(name__iexact=new).exists():
            self.add_error("new_organisation_name", ValidationError(
                _("This organisation exists already: choose it in the list."), code="exists"))
        if data.get("add_domain"):
            if not (data.get("organisation") or new):
                self.add_error("add_domain", ValidationError(
                    _("Choose or name the organisation the domain belongs to."), code="no_organisation"))
            elif OrganisationDomain.objects.filter(domain=self.domain).exists():
                self.add_error("add_domain", ValidationError(
                    _("%(domain)s belongs to an organisation already.") % {"domain": self.domain},
                    code="taken"))
        return data


@curator_required
def access_request_list(request):
    return render(request, "accounts/accessrequest_list.html", {
        "pending": AccessRequest.objects.filter(state=AccessRequest.State.PENDING).order_by("created_at"),
        "decided": AccessRequest.objects.exclude(state=AccessRequest.State.PENDING)
        .select_related("decided_by", "organisation").order_by("-decided_at")[:20],
    })


@curator_required
def access_request_decide(request, pk: int):
    access_request = get_object_or_404(AccessRequest, pk=pk, state=AccessRequest.State.PENDING)
    form = DecisionForm(request.POST if request.method == "POST" else None, access_request=access_request)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["decision"] == DecisionForm.APPROVE:
            access_request_approve(
                access_request=access_request, decided_by=request.user,
                organisation=data["organisation"], new_organisation_name=data["new_organisation_name"],
                add_domain=data["add_domain"],
            )
            messages.success(
                request, _("Approved: %(email)s may sign up now.") % {"email": access_request.email}
            )
        else:
            services.access_request_decide(
                access_request=access_request, approve=False, decided_by=request.user,
                signup_url=request.build_absolute_uri(services.signup_path()),
            )
            messages.success(request, _("The request is rejected; the requester is told."))
        return redirect("accounts:access-request-list")
    return render(request, "accounts/accessrequest_decide.html", {
        "access_request": access_request, "form": form, "domain": form.domain,
    })
