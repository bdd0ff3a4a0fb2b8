"""Forms for moderation steps, flags and expert appointments."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from initiatives.models import Theme

from ..models import CloseReason, FlagReason, HideReason, Question

# A question number as typed: ASCII digits only (str.isdigit() also takes "²", which int()
# refuses), and short enough for a database integer.
QUESTION_NUMBER = re.compile(r"[0-9]{1,18}")

HIDE_CHOICES = [(value, label) for value, label in HideReason.choices if value != HideReason.FLAGGED]


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
        error_messages={"required": _("Write a note: the author needs to know what to do.")},
    )

    def __init__(self, *args, post=None, **kwargs):
        super().__init__(*args, **kwargs)


class OutdatedForm(NoteForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["note"].label = _("Why is this answer outdated?")
        self.fields["note"].help_text = _("For example: the guidance changed on a given date.")


class HideForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=HIDE_CHOICES)
    note = forms.CharField(
        label=_("Note for the author"), widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000, required=False,
    )

    def __init__(self, *args, post=None, **kwargs):
        super().__init__(*args, **kwargs)


class CloseForm(forms.Form):
    # Select rather than radio buttons: components/field.html's radio groups lay out badly.
    reason = forms.ChoiceField(label=_("Reason"), choices=CloseReason.choices)
    original = forms.TypedChoiceField(
        label=_("Original question"), coerce=int, required=False, empty_value=None,
        help_text=_("For a duplicate: search above, then choose the original."),
    )
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}),
                           max_length=2000, required=False)

    def __init__(self, *args, post=None, candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.question = post
        choices = [(candidate.pk, candidate.title) for candidate in candidates]
        # Keep a choice that was posted but is no longer among the search results.
        posted = self.data.get("original") if self.is_bound else None
        if posted and QUESTION_NUMBER.fullmatch(posted) and int(posted) not in {pk for pk, _ in choices}:
            original = Question.objects.public().filter(pk=int(posted)).first()
            if original is not None:
                choices.append((original.pk, original.title))
        self.fields["original"].choices = [("", _("Choose the original…")), *choices]

    def clean(self):
        data = super().clean()
        original = data.get("original")
        if data.get("reason") == CloseReason.DUPLICATE:
            if not original:
                self.add_error("original", forms.ValidationError(
                    _("Choose the question this one duplicates."), code="original_required"))
            else:
                data["duplicate_of"] = Question.objects.get(pk=original)
        return data


class FlagForm(forms.Form):
    reason = forms.ChoiceField(label=_("Why should a moderator look at this?"),
                               choices=[("", _("Choose a reason…")), *FlagReason.choices])
    note = forms.CharField(label=_("Note"), max_length=500, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        if data.get("reason") == FlagReason.OTHER and not data.get("note", "").strip():
            self.add_error("note", forms.ValidationError(
                _("Say what is wrong when you choose “other”."), code="note_required"))
        return data


class ExpertForm(forms.Form):
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all())
    action = forms.ChoiceField(choices=[("appoint", _("Appoint")), ("remove", _("Remove"))],
                               widget=forms.HiddenInput)
