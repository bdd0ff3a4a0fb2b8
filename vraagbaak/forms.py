"""Forms of the vraagbaak: they validate and hand cleaned data to a service."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from accounts.personal_data_forms import PersonalDataGuardMixin
from accounts.submissions import OneTimeTokenMixin
from initiatives.forms import RelatedInitiativesField, tag_fits
from initiatives.models import Theme

from .models import AnswerKind, Comment, QuestionState, SourceKind
from .permissions import can_answer_officially

TITLE_MIN, TITLE_MAX = 15, 150
BODY_MAX = 20_000
MAX_TAGS = 5
TAG_MAX = 40
TAG_PATTERN = re.compile(r"^[\w][\w .+#-]*$", re.UNICODE)


def normalise_tags(raw: str) -> list[str]:
    """Comma-separated tags, trimmed, lower case, without duplicates, in typed order."""
    tags: list[str] = []
    for part in (raw or "").split(","):
        tag = " ".join(part.split()).lower()
        if tag and tag not in tags:
            tags.append(tag)
    return tags


class MarkdownTextarea(forms.Textarea):
    def __init__(self, rows=10):
        super().__init__(attrs={"rows": rows, "data-markdown-source": ""})


class QuestionForm(PersonalDataGuardMixin, forms.Form):
    personal_data_fields = ("title", "body", "tags")

    title = forms.CharField(
        label=_("Title"), min_length=TITLE_MIN, max_length=TITLE_MAX,
        help_text=_("Your question in one sentence, 15 to 150 characters."),
        widget=forms.TextInput(attrs={"data-similar-source": "", "autocomplete": "off"}),
    )
    body = forms.CharField(
        label=_("Your question"), max_length=BODY_MAX, widget=MarkdownTextarea(rows=12),
        help_text=_("Describe the situation and what you already found. Markdown is allowed."),
    )
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all(),
                                   empty_label=_("Choose a theme"))
    tags = forms.CharField(
        label=_("Tags"), required=False, max_length=300,
        help_text=_("Up to 5, separated by commas, for example: woo, taalmodel, avg."),
    )

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if len(title) < TITLE_MIN:
            raise ValidationError(
                _("Make the title at least %(min)d characters long."), code="min_length",
                params={"min": TITLE_MIN},
            )
        return title

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise ValidationError(_("Describe your question."), code="required")
        return body

    def clean_tags(self):
        tags = normalise_tags(self.cleaned_data["tags"])
        if len(tags) > MAX_TAGS:
            raise ValidationError(
                ngettext_lazy("Use at most %(max)d tag.", "Use at most %(max)d tags.", MAX_TAGS),
                code="too_many_tags", params={"max": MAX_TAGS},
            )
        for tag in tags:
            if len(tag) > TAG_MAX or not TAG_PATTERN.match(tag) or not tag_fits(tag):
                raise ValidationError(
                    _("“%(tag)s” is not a valid tag: use letters, digits, spaces and hyphens, "
                      "at most %(max)d characters."),
                    code="invalid_tag", params={"tag": tag[:TAG_MAX], "max": TAG_MAX},
                )
        return tags


class QuestionAskForm(OneTimeTokenMixin, QuestionForm):
    initiatives = RelatedInitiativesField()

    field_order = ["title", "body", "theme", "tags", "initiatives", "confirm_no_personal_data"]


class EditSummaryMixin(forms.Form):
    summary = forms.CharField(
        label=_("Edit summary"), max_length=200,
        help_text=_("What did you change, and why?"),
    )
    base_revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class QuestionEditForm(QuestionForm, EditSummaryMixin):
    field_order = ["title", "body", "theme", "tags", "summary", "base_revision",
                   "confirm_no_personal_data"]


class AnswerForm(PersonalDataGuardMixin, forms.Form):
    personal_data_fields = ("body",)

    body = forms.CharField(
        label=_("Your answer"), max_length=BODY_MAX, widget=MarkdownTextarea(rows=10),
        help_text=_("Markdown is allowed. Cite sources where you can."),
    )

    def clean_body(self):
        body = self.cleaned_data["body"]
        if len(body.strip()) < 10:
            raise ValidationError(_("Write an answer of at least 10 characters."), code="too_short")
        return body


class AnswerEditForm(AnswerForm, EditSummaryMixin):
    pass


class AnswerCreateForm(OneTimeTokenMixin, AnswerForm):
    kind = forms.ChoiceField(
        label=_("What kind of answer is this?"), choices=AnswerKind.choices,
        initial=AnswerKind.EXPERIENCE, widget=forms.RadioSelect, required=False,
    )

    field_order = ["body", "kind", "confirm_no_personal_data"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(AnswerKind.EXPERIENCE, AnswerKind.EXPERIENCE.label),
                   (AnswerKind.EXPERT_ADVICE, AnswerKind.EXPERT_ADVICE.label)]
        # Only experts and curators speak officially, and only for their own organisation.
        if user is not None and can_answer_officially(user):
            choices.append((AnswerKind.OFFICIAL, format_lazy(
                _("Official position of {organisation}"), organisation=user.organisation.name)))
        self.fields["kind"].choices = choices

    def clean_kind(self):
        return self.cleaned_data["kind"] or AnswerKind.EXPERIENCE


class SourceForm(forms.Form):
    # An empty row stays empty: the list starts with no kind chosen.
    kind = forms.ChoiceField(label=_("Kind of source"), choices=[("", "—"), *SourceKind.choices],
                             required=False)
    url = forms.URLField(label=_("Link"), max_length=500, required=False, assume_scheme="https")
    title = forms.CharField(label=_("Title"), max_length=200, required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("url") and not cleaned.get("kind"):
            self.add_error("kind", forms.ValidationError(_("Choose what kind of source this is."),
                                                         code="required"))
        if (cleaned.get("title") or cleaned.get("kind")) and not cleaned.get("url") \
                and "url" not in self.errors:
            self.add_error("url", forms.ValidationError(_("Give the link of the source."),
                                                        code="required"))
        return cleaned


SOURCES_MAX = 3
SourceFormSet = forms.formset_factory(SourceForm, extra=SOURCES_MAX, max_num=SOURCES_MAX)


def cleaned_sources(formset) -> list[dict]:
    if not formset.is_bound:
        return []
    return [form.cleaned_data for form in formset if form.cleaned_data.get("url")]


class CommentForm(OneTimeTokenMixin, PersonalDataGuardMixin, forms.Form):
    personal_data_fields = ("body",)

    body = forms.CharField(
        label=_("Comment"), max_length=Comment._meta.get_field("body").max_length,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Ask for clarification or add a short remark. Plain text; links work."),
    )

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if len(body) < 2:
            raise ValidationError(_("Write a comment."), code="required")
        return body


class PreviewForm(forms.Form):
    text = forms.CharField(required=False, max_length=BODY_MAX, strip=False)


SORTS = {
    "nieuw": ("-created_at",),
    "activiteit": ("-last_activity_at",),
    "onbeantwoord": ("-created_at",),
    "stemmen": ("-score", "-created_at"),
}


class QuestionFilterForm(forms.Form):
    # `sorteer`, the registry's name for it too; links made with the earlier `sort` keep working.
    OLD_NAMES = {"sort": "sorteer"}

    sorteer = forms.ChoiceField(
        label=_("Sort by"), required=False,
        choices=[("activiteit", _("Recent activity")), ("nieuw", _("Newest")),
                 ("onbeantwoord", _("Unanswered")), ("stemmen", _("Votes"))],
    )
    thema = forms.ModelChoiceField(
        label=_("Theme"), required=False, queryset=Theme.objects.all(), to_field_name="slug",
        empty_label=_("All themes"),
    )
    status = forms.ChoiceField(
        label=_("State"), required=False,
        choices=[("", _("All states")), *QuestionState.choices],
    )
    tag = forms.CharField(label=_("Tag"), required=False, max_length=TAG_MAX)
    q = forms.CharField(label=_("Words or a question"), required=False, max_length=200)

    def __init__(self, data=None, *args, **kwargs):
        renamed = [(old, new) for old, new in self.OLD_NAMES.items()
                   if data is not None and old in data and new not in data]
        if renamed:
            data = data.copy()  # request.GET is immutable
            for old, new in renamed:
                data.setlist(new, data.getlist(old))
        super().__init__(data, *args, **kwargs)

    def valid_data(self) -> dict:
        """The fields that are valid; an invalid one is ignored rather than failing the page."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return self.cleaned_data

    def filter(self, queryset):
        """`queryset` narrowed by the valid filter fields the form has."""
        data = self.valid_data()
        if data.get("thema"):
            queryset = queryset.filter(theme=data["thema"])
        if data.get("status"):
            queryset = queryset.filter(state=data["status"])
        if data.get("tag"):
            queryset = queryset.filter(tags__slug=data["tag"].lower())
        return queryset

    def apply(self, queryset):
        """Filter and sort `queryset` by the valid fields; a keyword ranks (by words and by
        meaning, vraagbaak.search) unless a sort is chosen."""
        queryset = self.filter(queryset)
        if self.valid_data().get("q"):
            from .search.hybrid import ranked

            queryset = ranked(queryset, self.valid_data()["q"])
            if not self.valid_data().get("sorteer"):
                return queryset
        sort = self.valid_data().get("sorteer") or "activiteit"
        if sort == "onbeantwoord":
            queryset = queryset.filter(answer_count=0)
        return queryset.order_by(*SORTS[sort], "-pk")


class SearchFilterForm(QuestionFilterForm):
    """The filters of the search page: theme and state; search ranks, so no sort, and no tag."""

    sorteer = None
    tag = None
    q = None  # the search page reads its own


class PinAnswerForm(forms.Form):
    """Pick one of a theme's pinnable answers (services.pinned_answers.pinnable_answers)."""

    CHOICES_SHOWN = 100

    answer = forms.TypedChoiceField(label=_("Answer to pin"), coerce=int, empty_value=None)

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = candidates
        self.fields["answer"].choices = [("", _("Choose an answer"))] + [
            (answer.pk, self.label_for(answer)) for answer in candidates[: self.CHOICES_SHOWN]
        ]
        self.fields["answer"].error_messages["invalid_choice"] = _(
            "This answer cannot be pinned (any more): choose another one from the list.")

    @staticmethod
    def label_for(answer) -> str:
        label = _("“%(title)s”, answer by %(author)s") % {
            "title": answer.question.title, "author": answer.author.public_name}
        return f"{label} ({_('verified')})" if answer.verified_at else label

    def clean_answer(self):
        answer = self.candidates.filter(pk=self.cleaned_data["answer"]).first()
        if answer is None:
            raise ValidationError(self.fields["answer"].error_messages["invalid_choice"],
                                  code="invalid_choice")
        return answer
