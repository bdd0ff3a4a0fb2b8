"""The curator's own pages outside the admin: a theme's guide (intro in Markdown, last reviewed,
good examples, experts; every save kept), marking good examples and archiving from the review
page, each in the curation log. Members cannot do any of it."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from initiatives.models import CurationAction, CurationStep, ThemeGuideRevision
from initiatives.vocabularies import PublicationState
from tests.factories import InitiativeFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme():
    return ThemeFactory(name="Chatbots", slug="chatbots", guide_intro="Oud")


def test_curator_edits_the_guide_and_the_theme_page_shows_it(client, curator, theme,
                                                             django_assert_max_num_queries):
    good = InitiativeFactory(themes=[theme], is_good_example=True, title="Goed voorbeeld")
    client.force_login(curator)
    url = reverse("initiatives:theme-guide-edit", args=[theme.slug])
    assert client.get(url).status_code == HTTPStatus.OK
    response = client.post(url, {"intro": "## Begin hier\n\nLees **eerst** dit.", "note": "Nieuw"})
    assert response.status_code == HTTPStatus.FOUND
    theme.refresh_from_db()
    assert theme.guide_reviewed_on == timezone.localdate()
    revision = ThemeGuideRevision.objects.get()
    assert revision.previous_intro == "Oud" and revision.edited_by == curator
    client.logout()
    with django_assert_max_num_queries(15):
        page = client.get(theme.get_absolute_url()).content.decode()
    assert "<strong>eerst</strong>" in page and 'id="guide-reviewed"' in page
    assert good.title in page and 'id="edit-guide"' not in page


def test_guide_markdown_is_sanitised(client, curator, theme):
    client.force_login(curator)
    client.post(reverse("initiatives:theme-guide-edit", args=[theme.slug]),
                {"intro": "<script>alert(1)</script>[x](javascript:alert(1))"})
    page = client.get(theme.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page and "javascript:alert" not in page


def test_member_cannot_edit_the_guide(client, member, theme):
    client.force_login(member)
    url = reverse("initiatives:theme-guide-edit", args=[theme.slug])
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    assert client.post(url, {"intro": "Gekaapt"}).status_code == HTTPStatus.FORBIDDEN
    theme.refresh_from_db()
    assert theme.guide_intro == "Oud"


def test_curator_marks_unmarks_and_archives(client, curator):
    initiative = InitiativeFactory(publication_state=PublicationState.PUBLISHED)
    client.force_login(curator)
    toggle = reverse("initiatives:good-example-toggle", args=[initiative.slug])
    client.post(toggle)
    initiative.refresh_from_db()
    assert initiative.is_good_example
    client.post(toggle)
    initiative.refresh_from_db()
    assert not initiative.is_good_example
    client.post(reverse("initiatives:archive", args=[initiative.slug]), {"note": "Gestopt"})
    initiative.refresh_from_db()
    assert initiative.publication_state == PublicationState.ARCHIVED
    steps = list(CurationAction.objects.filter(initiative=initiative).values_list("step", flat=True))
    assert steps.count(CurationStep.MARK_GOOD_EXAMPLE) == 2 and CurationStep.ARCHIVE in steps


def test_member_cannot_mark_or_archive(client, member):
    initiative = InitiativeFactory(publication_state=PublicationState.PUBLISHED)
    client.force_login(member)
    for name in ("good-example-toggle", "archive"):
        response = client.post(reverse(f"initiatives:{name}", args=[initiative.slug]))
        assert response.status_code == HTTPStatus.FORBIDDEN
    initiative.refresh_from_db()
    assert not initiative.is_good_example and initiative.is_published
