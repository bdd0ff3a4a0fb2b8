"""The curator's organisation forms: merge two, fix a type, add an alias or an e-mail domain."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Organisation, OrganisationDomain, OrganisationType

# A domain name: labels of letters, digits and hyphens, at least one dot, no wildcard.
DOMAIN = re.compile(r"^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class MergeForm(forms.Form):
    source = forms.ModelChoiceField(
        label=_("Merge this organisation"), queryset=Organisation.objects.order_by("name"),
        help_text=_("It disappears; its name becomes an alias of the one you keep."),
    )
    target = forms.ModelChoiceField(
        label=_("into this one (it stays)"), queryset=Organisation.objects.order_by("name"),
    )

    def clean(self):
        data = super().clean()
        if data.get("source") and data.get("source") == data.get("target"):
            raise ValidationError(_("Choose two different organisations."), code="same")
        return data


class TypeForm(forms.Form):
    type = forms.ChoiceField(label=_("Type"), choices=OrganisationType.choices)


class AliasForm(forms.Form):
    name = forms.CharField(label=_("Other spelling of the name"), max_length=300)


class DomainForm(forms.Form):
    domain = forms.CharField(
        label=_("E-mail domain"), max_length=253,
        help_text=_("For example amsterdam.nl: addresses there may sign up and join this organisation."),
    )

    def clean_domain(self):
        domain = self.cleaned_data["domain"].strip().lower().removeprefix("@").rstrip(".")
        if not DOMAIN.match(domain):
            raise ValidationError(
                _("Give a domain such as amsterdam.nl, without * or @."), code="invalid"
            )
        holder = OrganisationDomain.objects.filter(domain=domain).select_related("organisation").first()
        if holder:
            raise ValidationError(
                _("%(domain)s belongs to %(organisation)s already.")
                % {"domain": domain, "organisation": holder.organisation.name}, code="taken",
            )
        return domain
