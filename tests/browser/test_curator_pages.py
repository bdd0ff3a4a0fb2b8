"""A curator in the browser, signed in with two-factor authentication, on their own pages:
merges two organisations, resolves an import conflict, edits a theme's guide (its
introduction and its pinned answers, in an order) and approves an access request that reached
them as a notification. Every page visited passes axe (WCAG 2.1 AA)."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from accounts import roles
from accounts.access_requests import access_request_submit
from accounts.models import AccessRequest, Organisation, OrganisationAlias, OrganisationDomain
from initiatives.provenance import ImportConflict
from tests.factories import (
    AnswerFactory,
    InitiativeFactory,
    OrganisationFactory,
    QuestionFactory,
    ThemeFactory,
    make_role,
)
from vraagbaak.models import PinnedAnswer

from .axe import assert_accessible
from .conftest import TOTP_SECRET
from .test_moderation import check, new_page, sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def curator_page(browser, live_server, db):
    curator = make_role(roles.CURATOR, mfa=False, display_name="Carla Curator")
    TOTP.activate(curator, TOTP_SECRET)
    page = new_page(browser, live_server)
    sign_in(page, curator, totp_secret=TOTP_SECRET)
    return page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_curator_merges_two_organisations(curator_page):
    page = curator_page
    police = OrganisationFactory(name="Politie", slug="politie")
    dutch = OrganisationFactory(name="Dutch Police", slug="dutch-police")
    InitiativeFactory(lead_organisation=dutch, title="Aangifte-assistent")
    check(page, "/organisaties/beheer/?q=Pol")
    page.select_option("#id_source", label="Dutch Police")
    page.select_option("#id_target", label="Politie")
    with page.expect_navigation():
        page.click("#merge-submit")
    assert page.url.endswith("/organisaties/politie/beheer/")
    assert_accessible(page)
    assert "Dutch Police" in page.locator("#alias-list").inner_text()
    assert not Organisation.objects.filter(pk=dutch.pk).exists()
    assert OrganisationAlias.objects.get(name="Dutch Police").organisation == police
    assert police.initiatives.get().title == "Aangifte-assistent"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_curator_resolves_an_import_conflict(curator_page):
    page = curator_page
    initiative = InitiativeFactory(title="Chatbot van Testdam", source="pstw", source_id="P-1",
                                   source_values={"title": "Testdam chatbot"})
    conflict = ImportConflict.objects.create(
        initiative=initiative, field="title", source_value="Testdam citizens chatbot",
        person_value="Chatbot van Testdam",
    )
    check(page, "/initiatieven/beheer/")
    with page.expect_navigation():
        page.click("#link-conflicts")
    assert_accessible(page)
    section = page.locator(f"#conflict-{conflict.pk}")
    assert "Testdam citizens chatbot" in section.inner_text()
    with page.expect_navigation():
        section.locator("button[value=person]").click()
    assert_accessible(page)
    assert page.locator("#no-conflicts").is_visible()
    conflict.refresh_from_db()
    initiative.refresh_from_db()
    assert conflict.resolution == "person" and initiative.title == "Chatbot van Testdam"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_curator_edits_a_theme_guide(curator_page):
    page = curator_page
    theme = ThemeFactory(name="Chatbots", slug="chatbots")
    InitiativeFactory(themes=[theme], is_good_example=True, title="Goed voorbeeld: de chatbot")
    check(page, "/themas/chatbots/")
    with page.expect_navigation():
        page.click("#edit-guide")
    assert_accessible(page)
    page.fill("#id_intro", "## Begin hier\n\nLees **eerst** de handreiking.")
    page.fill("#id_note", "Eerste versie")
    with page.expect_navigation():
        page.click("#save-guide")
    assert page.url.endswith("/themas/chatbots/")
    assert_accessible(page)
    assert "eerst" in page.locator("#guide-intro strong").inner_text()
    assert page.locator("#guide-reviewed").is_visible()
    assert "Goed voorbeeld: de chatbot" in page.locator("#guide-good-examples").inner_text()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_curator_pins_and_orders_answers_in_the_guide(curator_page):
    page = curator_page
    theme = ThemeFactory(name="Chatbots", slug="chatbots", guide_intro="Begin hier.")
    for title in ("Mag een chatbot namens de gemeente antwoorden?", "Welke gegevens mag een chatbot zien?"):
        AnswerFactory(question=QuestionFactory(theme=theme, title=title))
    check(page, "/themas/chatbots/handreiking/")
    with page.expect_navigation():
        page.click("#manage-pins")
    assert_accessible(page)
    for title in ("namens de gemeente", "Welke gegevens"):
        option = page.locator("#id_answer option", has_text=title).get_attribute("value")
        page.select_option("#id_answer", option)
        with page.expect_navigation():
            page.click("#pin-answer")
        assert_accessible(page)
    # The second one first: its "up" button, without any script.
    with page.expect_navigation():
        page.locator("#pins li").nth(1).locator("button[value=up]").click()
    assert_accessible(page)
    assert "Welke gegevens" in page.locator("#pins li").first.inner_text()
    check(page, "/themas/chatbots/")
    pinned = page.locator("#guide-pinned-answers li")
    assert [text.split("?")[0] for text in pinned.all_inner_texts()] == [
        "Welke gegevens mag een chatbot zien", "Mag een chatbot namens de gemeente antwoorden"]
    first = PinnedAnswer.objects.select_related("answer__question").order_by("position").first()
    assert first.answer.question.title.startswith("Welke gegevens")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_curator_approves_an_access_request_from_the_notification(curator_page):
    page = curator_page
    access_request_submit(name="Anne de Boer", email="anne@ict-samenwerking.nl",
                          organisation_name="ICT Samenwerking Noord", motivation="Ik bouw chatbots.")
    check(page, "/meldingen/")
    with page.expect_navigation():
        page.locator("[data-kind=access-requested] a").click()
    assert_accessible(page)
    assert "anne@ict-samenwerking.nl" in page.locator("main").inner_text()
    page.check("input[name=decision][value=approve]")
    page.fill("#id_new_organisation_name", "ICT Samenwerking Noord")
    page.check("#id_add_domain")
    with page.expect_navigation():
        page.locator("#decision-form button[type=submit]").click()
    assert page.url.endswith("/toegang-aanvragen/beheer/")
    assert_accessible(page)
    assert page.locator("#no-access-requests").is_visible()
    request = AccessRequest.objects.get()
    assert request.state == AccessRequest.State.APPROVED
    assert OrganisationDomain.objects.get(domain="ict-samenwerking.nl").organisation.name == (
        "ICT Samenwerking Noord")
