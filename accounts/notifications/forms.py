"""A member's choice of delivery per kind of notification, and the language of their e-mails."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .kinds import DEFAULT_DELIVERY, Delivery, NotificationKind


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of e-mails"), choices=settings.LANGUAGES)

    def __init__(self, *args, deliveries: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for kind in NotificationKind:
            self.fields[f"kind_{kind.value}"] = forms.ChoiceField(
                label=kind.label, choices=Delivery.choices,
                initial=deliveries.get(kind.value, DEFAULT_DELIVERY[kind]),
            )

    def deliveries(self) -> dict[str, str]:
        return {kind.value: self.cleaned_data[f"kind_{kind.value}"] for kind in NotificationKind}
