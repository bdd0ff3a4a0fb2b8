from django import forms
from django.urls import reverse_lazy
from django.utils.functional import lazy
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagField
from taggit.models import Tag

from accounts.models import Organisation
from accounts.personal_data_forms import PersonalDataGuardMixin
from accounts.submissions import OneTimeTokenMixin

from .models import Initiative, Theme
from .services.curation import EDITABLE_FORM_FIELDS, initiative_version

MAX_RELATED_INITIATIVES = 5
# Long texts are TextFields without a column limit; this bound keeps one proposal within
# what a page, an export row and the search index (a tsvector holds at most 1 MB) can carry.
LONG_TEXT_MAX = 50_000
TAG_NAME_MAX = Tag._meta.get_field("name").max_length
# NFKC (in slugify) can make a slug longer than its name: "ﬀ" becomes "ff".
TAG_SLUG_MAX = Tag._meta.get_field("slug").max_length


def tag_fits(name: str) -> bool:
    """Whether taggit can store `name` and its slug in their columns."""
    return len(name) <= TAG_NAME_MAX and len(slugify(name, allow_unicode=True)) <= TAG_SLUG_MAX


def _long_text(name: str, rows: int):
    return Initiative._meta.get_field(name).formfield(
        max_length=LONG_TEXT_MAX, widget=forms.Textarea(attrs={"rows": rows})
    )


class ComboboxSelectMultiple(forms.SelectMultiple):
    """A <select multiple> that static/js/combobox.js turns into a combobox with chips and a
    search field (Tab, arrow keys, Enter, Space, typing); without the script it is the plain
    select. The script's words come translated from these attributes."""

    def __init__(self, attrs=None, choices=()):
        attrs = {
            "data-combobox": "",
            "data-combobox-chosen": _("Chosen"),
            "data-combobox-remove": _("remove"),
            "data-combobox-added": _("%s added"),
            "data-combobox-removed": _("%s removed"),
            "data-combobox-count": _("%s options"),
            "size": 8,
            **(attrs or {}),
        }
        super().__init__(attrs, choices)

    class Media:
        # Deferred like the page's other scripts, after drafts.js has restored a draft.
        js = [forms.widgets.Script("js/combobox.js", defer=True)]


class InitiativeForm(PersonalDataGuardMixin, forms.ModelForm):
    """Propose or edit an initiative. Themes are required here (imports may lack them).

    The contact fields are meant to name someone and are not checked for personal data."""

    personal_data_fields = ("title", "summary", "description", "results", "lessons_learned")

    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.all(), widget=forms.CheckboxSelectMultiple,
        help_text=_("What the AI is used for. Choose one or more."),
    )
    partner_organisations = forms.ModelMultipleChoiceField(
        label=_("Partner organisations"), queryset=Organisation.objects.all(), required=False,
        widget=ComboboxSelectMultiple,
        help_text=_("Hold Ctrl (or Cmd) to choose more than one."),
    )
    tags = TagField(
        label=_("Tags"), required=False,
        help_text=_("Free keywords, separated by commas."),
    )
    description = _long_text("description", rows=8)
    results = _long_text("results", rows=5)
    lessons_learned = _long_text("lessons_learned", rows=5)
    # The version the editor started from: a stale edit must not overwrite a newer one.
    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    class Meta:
        model = Initiative
        fields = EDITABLE_FORM_FIELDS
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "summary": _("One or two sentences: what does it do, for whom?"),
            "algoritmeregister_url": _("The entry in the Algoritmeregister, if there is one."),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and not self.instance.pk and user.organisation_id:
            self.fields["lead_organisation"].initial = user.organisation_id
        if self.instance.pk:
            self.fields["themes"].initial = list(self.instance.themes.all())
            self.fields["partner_organisations"].initial = list(
                self.instance.partner_organisations.all()
            )
            self.fields["tags"].initial = self.instance.tags.all()
            self.fields["loaded_version"].initial = initiative_version(self.instance)
        self.fields["lead_organisation"].queryset = Organisation.objects.order_by("name")
        self.fields["beleidsterrein"].required = True

    def clean_tags(self):
        tags = self.cleaned_data["tags"]
        for tag in tags:
            if not tag_fits(tag):
                raise forms.ValidationError(
                    _("“%(tag)s…” is too long for a tag: use at most %(max)d characters per tag."),
                    code="tag_too_long", params={"tag": tag[:30], "max": TAG_NAME_MAX},
                )
        return tags

    def clean_loaded_version(self):
        # A first, early check; initiative_update checks again under the row lock.
        version = self.cleaned_data["loaded_version"]
        if self.instance.pk and version:
            current = Initiative.objects.filter(pk=self.instance.pk).first()
            if current and initiative_version(current) != version:
                raise self.stale_error()
        return version

    @staticmethod
    def stale_error() -> forms.ValidationError:
        return forms.ValidationError(
            _("Someone else changed this initiative after you opened it. Copy your "
              "changes, reload the page and make them again."),
            code="stale",
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error(
                "end_date",
                forms.ValidationError(_("The end date lies before the start date."), code="end_before_start"),
            )
        return cleaned


class InitiativeProposeForm(OneTimeTokenMixin, InitiativeForm):
    """Proposing: the form carries a one-time token, so a second submit makes no copy."""

    class Meta(InitiativeForm.Meta):
        pass


class CurationForm(forms.Form):
    PUBLISH, CHANGES, REJECT = "publish", "request-changes", "reject"
    decision = forms.ChoiceField(
        label=_("Decision"), widget=forms.RadioSelect,
        choices=[
            (PUBLISH, _("Publish")),
            (CHANGES, _("Request changes")),
            (REJECT, _("Reject")),
        ],
    )
    note = forms.CharField(
        label=_("Note to the proposer"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
        max_length=2000,
        help_text=_("Required when you request changes or reject: say what and why."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") in (self.CHANGES, self.REJECT) and not cleaned.get("note", "").strip():
            self.add_error(
                "note", forms.ValidationError(_("Tell the proposer why."), code="note_required")
            )
        return cleaned


class RelatedInitiativesWidget(ComboboxSelectMultiple):
    """The combobox, matching through the registry's own search as you type."""

    def __init__(self, attrs=None, choices=()):
        attrs = {
            "data-initiative-suggest": reverse_lazy("initiatives:initiative-suggestions"),
            "data-combobox-suggest": reverse_lazy("initiatives:initiative-suggestions"),
            **(attrs or {}),
        }
        super().__init__(attrs, choices)

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        # An English (Tech Watch) title on a Dutch page says so (WCAG 3.1.2).
        language = getattr(getattr(value, "instance", None), "language", None)
        if language and language != (get_language() or "nl").split("-")[0]:
            option["attrs"]["lang"] = language
        return option


# Interpolated when rendered, in the reader's language: `_(...) % {...}` at import would
# fix the text in the language active then.
_related_help_text = lazy(
    lambda: _("Initiatives in the registry that your question is about (at most %(max)s).")
    % {"max": MAX_RELATED_INITIATIVES},
    str,
)


class RelatedInitiativesField(forms.ModelMultipleChoiceField):
    """Up to five published initiatives, for the question form (vraagbaak plugs it in)."""

    widget = RelatedInitiativesWidget
    default_error_messages = {
        **forms.ModelMultipleChoiceField.default_error_messages,
        "too_many": _("Choose at most %(max)s initiatives."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Related initiatives"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _related_help_text())
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(
            queryset=Initiative.objects.published().order_by("title"), **kwargs
        )

    def clean(self, value):
        if value and len(value) > MAX_RELATED_INITIATIVES:
            raise forms.ValidationError(
                self.error_messages["too_many"], code="too_many",
                params={"max": MAX_RELATED_INITIATIVES},
            )
        return super().clean(value)


class ConflictResolveForm(forms.Form):
    """Sent by one of two buttons (name "side"), one per side of the conflict."""

    side = forms.ChoiceField(
        choices=[("source", _("The source's new value")), ("person", _("The value set here"))],
    )


class ThemeGuideForm(forms.Form):
    description = forms.CharField(
        label=_("Description"), required=False, max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences under the theme's name, on its page and in the list of themes."),
    )
    intro = forms.CharField(
        label=_("Introduction"), required=False, max_length=20000,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_("Markdown: what this theme is about, where to start, what to watch out for."),
    )
    note = forms.CharField(
        label=_("What changed"), required=False, max_length=300,
        help_text=_("Kept in the guide's history."),
    )
