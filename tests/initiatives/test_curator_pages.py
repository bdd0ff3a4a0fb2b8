"""The curator's own pages outside the admin: a theme's guide (intro in Markdown, last reviewed,
good examples, experts; every save kept), marking good examples and archiving from the review
page, each in the curation log. Members cannot do any of it."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from initiatives.models import CurationAction, CurationStep, ThemeGuideRevision
from initiatives.vocabularies import PublicationState
from tests.factories import InitiativeFactory, ThemeFactory, make_member, make_role

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


def test_curator_changes_the_description_and_the_old_one_is_kept(client, curator):
    theme = ThemeFactory(slug="woo", description="Oude omschrijving")
    client.force_login(curator)
    url = reverse("initiatives:theme-guide-edit", args=[theme.slug])
    assert 'Oude omschrijving' in client.get(url).content.decode()
    client.post(url, {"description": "Wat de Woo vraagt van AI", "intro": ""})
    theme.refresh_from_db()
    assert theme.description == "Wat de Woo vraagt van AI"
    assert ThemeGuideRevision.objects.get().previous_description == "Oude omschrijving"
    assert "Wat de Woo vraagt van AI" in client.get(theme.get_absolute_url()).content.decode()
    response = client.post(url, {"description": "x" * 1001, "intro": "Blijft staan"})
    assert response.status_code == HTTPStatus.OK and response.context["form"].errors["description"]
    assert "Blijft staan" in response.content.decode()


def test_guide_markdown_is_sanitised(client, curator, theme):
    client.force_login(curator)
    client.post(reverse("initiatives:theme-guide-edit", args=[theme.slug]),
                {"intro": "<script>alert(1)</script>[x](javascript:alert(1))"})
    page = client.get(theme.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page and "javascript:alert" not in page


@pytest.mark.parametrize("role", ["member", "expert", "curator-without-second-factor"])
def test_who_is_no_curator_cannot_edit_the_guide(client, theme, role):
    user = {"member": make_member, "expert": lambda: make_role("expert"),
            "curator-without-second-factor": lambda: make_role("curator", mfa=False)}[role]()
    client.force_login(user)
    url = reverse("initiatives:theme-guide-edit", args=[theme.slug])
    for response in (client.get(url), client.post(url, {"intro": "Gekaapt", "description": "Gekaapt"})):
        assert response.status_code == HTTPStatus.FORBIDDEN or (
            response.status_code == HTTPStatus.FOUND
            and response["Location"] == reverse("mfa_activate_totp"))
    theme.refresh_from_db()
    assert theme.guide_intro == "Oud" and theme.description != "Gekaapt"
    assert not ThemeGuideRevision.objects.exists()


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
