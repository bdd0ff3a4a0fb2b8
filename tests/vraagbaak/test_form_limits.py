"""Every text field of every form people fill in has a length limit, and never one longer than
its database column: too long is a form error on the field, never a database error (a 500 on
PostgreSQL, a silently longer value on SQLite)."""

import pytest
from django import forms
from taggit.models import Tag

from accounts.forms import AccessRequestForm, ProfileForm, SignupExtraForm
from accounts.models import AccessRequest, User
from initiatives.forms import CurationForm, InitiativeForm
from initiatives.models import Initiative
from vraagbaak import forms as vraagbaak_forms
from vraagbaak.models import Comment, Flag, Question, Revision
from vraagbaak.moderation import forms as moderation_forms

# (form, field) -> the model field it is stored in; None for text columns without a limit.
STORED_IN = {
    (vraagbaak_forms.QuestionEditForm, "title"): Question._meta.get_field("title"),
    (vraagbaak_forms.QuestionEditForm, "body"): None,
    (vraagbaak_forms.QuestionEditForm, "tags"): Revision._meta.get_field("tags"),
    (vraagbaak_forms.QuestionEditForm, "summary"): Revision._meta.get_field("summary"),
    (vraagbaak_forms.AnswerEditForm, "body"): None,
    (vraagbaak_forms.CommentForm, "body"): Comment._meta.get_field("body"),
    (moderation_forms.FlagForm, "note"): Flag._meta.get_field("note"),
    (moderation_forms.NoteForm, "note"): None,
    (moderation_forms.HideForm, "note"): None,
    (moderation_forms.CloseForm, "note"): None,
    (CurationForm, "note"): None,
    (SignupExtraForm, "display_name"): User._meta.get_field("display_name"),
    **{(ProfileForm, name): User._meta.get_field(name) for name in ProfileForm.Meta.fields
       if name != "organisation"},
    **{(AccessRequestForm, name): AccessRequest._meta.get_field(name)
       for name in AccessRequestForm.Meta.fields},
}
INITIATIVE_TEXT_FIELDS = [
    name for name in InitiativeForm.Meta.fields
    if isinstance(InitiativeForm.base_fields[name], forms.CharField) and name != "tags"
]


def _cases():
    cases = [(form, name, model_field) for (form, name), model_field in STORED_IN.items()]
    cases += [(InitiativeForm, name, Initiative._meta.get_field(name))
              for name in INITIATIVE_TEXT_FIELDS]
    return cases


@pytest.mark.parametrize(("form", "name", "model_field"), _cases(),
                         ids=lambda value: getattr(value, "__name__", str(value)))
def test_form_field_has_a_limit_within_its_column(form, name, model_field):
    limit = form.base_fields[name].max_length
    assert limit is not None, f"{form.__name__}.{name} accepts any length"
    column = getattr(model_field, "max_length", None)
    if column is not None:
        assert limit <= column


def test_question_tags_fit_taggit_names():
    assert Tag._meta.get_field("name").max_length >= vraagbaak_forms.TAG_MAX


@pytest.mark.django_db
def test_overlong_display_name_on_profile_is_an_error_that_keeps_the_rest(member_client):
    response = member_client.post("/profiel/bewerken/", {
        "display_name": "n" * 101, "job_title": "Adviseur AI", "bio": "Over mij",
    })
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["display_name"]
    assert "Adviseur AI" in response.content.decode()


@pytest.mark.django_db
def test_question_tag_whose_slug_grows_past_the_column_is_refused(theme):
    # U+FDFA is one letter whose NFKC form (in the slug) is 18 characters long.
    form = vraagbaak_forms.QuestionAskForm({
        "title": "Mag een taalmodel Woo-verzoeken samenvatten?", "body": "Uitleg genoeg.",
        "theme": theme.pk, "tags": "\ufdfa" * 10,
    })
    assert form.has_error("tags", "invalid_tag")
