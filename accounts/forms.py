from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AccessRequest, Organisation, OrganisationType, User
from .personal_data_forms import PersonalDataGuardMixin


class SignupExtraForm(forms.Form):
    """Fields allauth's sign-up form gets on top of e-mail and password."""

    display_name = forms.CharField(
        label=_("Display name"), max_length=100,
        help_text=_("Shown with your questions and answers, for example your first and last name."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.all(), required=False,
        empty_label=_("– choose your organisation –"),
        help_text=_("Leave it empty to take the organisation of your work address's domain, "
                    "where we know it; you can change it later in your profile."),
    )

    def signup(self, request, user):
        """Called by allauth after the user is saved; the adapter already stored our fields."""


class ProfileForm(PersonalDataGuardMixin, forms.ModelForm):
    # A profile names its member by design; the free texts should not add numbers or addresses.
    personal_data_fields = ("job_title", "bio")

    class Meta:
        model = User
        fields = ["display_name", "organisation", "job_title", "bio", "listed_as_expert"]
        widgets = {
            "display_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "job_title": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "bio": forms.Textarea(attrs={"rows": 5}),
        }

    def clean_display_name(self):
        name = self.cleaned_data["display_name"].strip()
        if not name:
            raise forms.ValidationError(_("Fill in a display name."), code="required")
        if "@" in name:
            raise forms.ValidationError(
                _("A display name may not contain an e-mail address."), code="email_in_name"
            )
        return name


class OrganisationFilterForm(forms.Form):
    type = forms.ChoiceField(
        label=_("Type of organisation"), required=False,
        choices=[("", _("All types")), *OrganisationType.choices],
    )
    q = forms.CharField(label=_("Name contains"), required=False, max_length=100)


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"), strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To make sure it is you."),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."), code="wrong_password")
        return password


class AccessRequestForm(forms.ModelForm):
    # A honeypot: hidden from people, screen readers and the keyboard; bots fill it in.
    honeypot_name = "leave_empty"
    leave_empty = forms.CharField(
        label=_("Leave this field empty"), required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = AccessRequest
        fields = ["name", "email", "organisation_name", "motivation"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation_name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "motivation": forms.Textarea(attrs={"rows": 5}),
        }

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if AccessRequest.objects.filter(
            email__iexact=email, state=AccessRequest.State.PENDING
        ).exists():
            raise forms.ValidationError(
                _("A request for this address is already waiting for a decision."),
                code="duplicate_request",
            )
        return email

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get(self.honeypot_name))

    def request_data(self) -> dict:
        """What the service stores: the fields of the request, not the honeypot."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
