"""The initiative form holds what the database holds: each tag at most taggit's 100 characters,
long texts bounded; an over-long value is an error on its own field, nothing is saved and
everything else the proposer typed stays in the form."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from initiatives.models import Initiative
from tests.initiatives.test_permissions import form_data

LONG_TAG = "t" * 101


@pytest.mark.django_db
def test_tag_over_100_characters_is_an_error_on_tags_and_keeps_the_proposal(
    member_client, themes, organisations
):
    data = form_data(themes, organisations, tags=f"vertalen, {LONG_TAG}")
    response = member_client.post(reverse("initiatives:initiative-propose"), data)
    assert response.status_code == HTTPStatus.OK
    form = response.context["form"]
    assert list(form.errors) == ["tags"]
    assert form.has_error("tags", "tag_too_long")
    page = response.content.decode()
    assert data["title"] in page
    assert data["summary"] in page
    assert LONG_TAG in page
    assert not Initiative.objects.exists()


@pytest.mark.django_db
def test_tag_of_exactly_100_characters_is_accepted(member_client, themes, organisations):
    data = form_data(themes, organisations, tags="t" * 100)
    response = member_client.post(reverse("initiatives:initiative-propose"), data)
    assert response.status_code == HTTPStatus.FOUND
    assert Initiative.objects.get().tags.names()[0] == "t" * 100


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["description", "results", "lessons_learned"])
def test_overlong_text_is_an_error_on_its_field(member_client, themes, organisations, field):
    data = form_data(themes, organisations, **{field: "x" * 50_001})
    response = member_client.post(reverse("initiatives:initiative-propose"), data)
    assert response.status_code == HTTPStatus.OK
    assert list(response.context["form"].errors) == [field]
    assert not Initiative.objects.exists()


@pytest.mark.django_db
def test_tag_whose_slug_grows_past_the_column_is_refused(member_client, themes, organisations):
    # "ﬀ" is one character; its slug is "ff": 60 of them make a 120-character slug.
    data = form_data(themes, organisations, tags="ﬀ" * 60)
    response = member_client.post(reverse("initiatives:initiative-propose"), data)
    assert response.context["form"].has_error("tags", "tag_too_long")
