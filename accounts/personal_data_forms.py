"""The personal-data step of every form a member writes in.

A form lists its free-text fields in `personal_data_fields`. When one of them holds what
looks like personal data, the form is not valid until the author removes it or ticks
"this is not personal data": the page comes back with everything typed, the field's error
naming what was found, and the box to tick. The browser warns while typing
(static/js/personal-data.js, on fields marked `data-personal-data-check`); this check is
the one that counts, with or without JavaScript.
"""

import json

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .personal_data_check import LABELS, kinds_found

CONFIRM_FIELD = "confirm_no_personal_data"


def _kinds_text(kinds: list[str]) -> str:
    return ", ".join(str(LABELS[kind]) for kind in kinds)


class PersonalDataGuardMixin(forms.Form):
    personal_data_fields: tuple[str, ...] = ()

    confirm_no_personal_data = forms.BooleanField(
        label=_("I checked it: this is not personal data, publish it as written"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # What the browser's warning says, in the page's language.
        browser_labels = json.dumps({kind: str(label) for kind, label in LABELS.items()})
        browser_message = str(_("This may be personal data: {kinds}. Remove it unless it is "
                                "not about a person."))
        for name in self.personal_data_fields:
            if name in self.fields:
                self.fields[name].widget.attrs.update({
                    "data-personal-data-check": "",
                    "data-personal-data-labels": browser_labels,
                    "data-personal-data-message": browser_message,
                })
        self.fields[CONFIRM_FIELD] = self.fields.pop(CONFIRM_FIELD)  # last, after the texts
        self.personal_data_kinds: dict[str, list[str]] = {}
        self.personal_data_confirmed = False

    def __iter__(self):
        for field in super().__iter__():
            if field.name != CONFIRM_FIELD or self.personal_data_kinds:
                yield field

    def visible_fields(self):
        # The box is offered only once the server found something, so it is never ticked blind.
        return [field for field in super().visible_fields()
                if field.name != CONFIRM_FIELD or self.personal_data_kinds]

    @property
    def confirmed_personal_data(self) -> list[str]:
        """The kinds the author confirmed were not personal data (for the moderators' flag)."""
        if not self.personal_data_confirmed:
            return []
        return sorted({kind for kinds in self.personal_data_kinds.values() for kind in kinds})

    def clean(self):
        cleaned = super().clean()
        self.personal_data_kinds = {}
        # Kept beside cleaned_data, which stays the post's own fields for the services.
        self.personal_data_confirmed = bool(cleaned.pop(CONFIRM_FIELD, False))
        for name in self.personal_data_fields:
            value = cleaned.get(name)
            kinds = kinds_found(value) if isinstance(value, str) else []
            if kinds:
                self.personal_data_kinds[name] = kinds
        if self.personal_data_kinds and not self.personal_data_confirmed:
            for name, kinds in self.personal_data_kinds.items():
                self.add_error(name, forms.ValidationError(
                    format_lazy(
                        _("This text seems to contain personal data: {kinds}. Remove it, or "
                          "confirm below that it is not personal data."),
                        kinds=_kinds_text(kinds)),
                    code="personal_data",
                ))
        return cleaned
