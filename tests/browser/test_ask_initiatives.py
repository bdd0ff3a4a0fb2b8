"""On the ask form a member finds a related initiative by typing in the combobox
(js/combobox.js: chips, a listbox, Tab, arrow keys, Enter, Space, typing), which ticks it in
the plain multi-select underneath, and the posted question links it. No WCAG 2.1 AA
violations with the list open and a chip shown."""

import pytest

from tests.browser.axe import assert_accessible
from tests.browser.test_vraagbaak_journey import log_in
from tests.factories import InitiativeFactory, ThemeFactory, make_member
from vraagbaak.models import Question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_member_picks_a_suggested_initiative_and_the_question_links_it(page, live_server):
    theme = ThemeFactory(name="Spraak (browsertest)", slug="spraak-browser")
    tolk = InitiativeFactory(title="Tolk-app aan de balie", slug="tolk-app")
    InitiativeFactory(title="Chatbot voor parkeervergunningen", slug="parkeer-chatbot")
    log_in(page, live_server, make_member(display_name="Sanne de Vries"))
    page.goto("/vragen/stellen/")

    combobox = page.get_by_role("combobox", name="Gerelateerde initiatieven")
    if not combobox.count():  # the catalogue in English, before the lead applies the Dutch
        combobox = page.locator("#id_initiatives-combobox")
    combobox.focus()
    combobox.press_sequentially("tolk", delay=20)
    option = page.get_by_role("option", name=tolk.title)
    option.wait_for()
    assert combobox.get_attribute("aria-expanded") == "true"
    page.keyboard.press("ArrowDown")
    assert combobox.get_attribute("aria-activedescendant") == option.get_attribute("id")
    page.keyboard.press("Enter")  # chooses; it does not send the form
    assert option.get_attribute("aria-selected") == "true"
    assert page.locator("#id_initiatives").evaluate(
        "select => Array.from(select.selectedOptions, option => option.value)"
    ) == ["tolk-app"]
    assert page.locator(".portal-combobox__chip", has_text=tolk.title).count() == 1
    assert "/vragen/stellen/" in page.url
    assert_accessible(page)

    page.locator("#id_title").fill("Wie vertaalt al gesprekken aan de balie met AI?")
    page.locator("#id_body").fill("Wij willen inwoners helpen die geen Nederlands spreken.")
    page.locator("#id_theme").select_option(label=theme.name)
    # The similar-questions check and the preview have answered: no request still reads
    # the tables the post writes (SQLite in memory refuses the write instead of waiting).
    page.locator("[data-similar-results] [data-similar-for]").wait_for()
    page.locator("[data-preview-target]", has_text="Nederlands").wait_for()
    page.locator("button[name=action][value=post]").click()
    page.wait_for_url("**/vragen/*/wie-vertaalt-*/")
    assert list(Question.objects.get().initiatives.all()) == [tolk]


def test_the_combobox_chooses_with_space_drops_with_a_chip_and_closes_with_escape(page, live_server):
    InitiativeFactory(title="Chatbot voor parkeervergunningen", slug="parkeer-chatbot")
    InitiativeFactory(title="Chatbot voor afval", slug="afval-chatbot")
    log_in(page, live_server, make_member())
    page.goto("/vragen/stellen/")
    combobox = page.locator("#id_initiatives-combobox")
    combobox.focus()
    page.keyboard.press("ArrowDown")  # opens the whole list without typing
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    chosen = page.locator("#id_initiatives").evaluate(
        "select => Array.from(select.selectedOptions, option => option.value)")
    assert len(chosen) == 1
    page.keyboard.press("Escape")
    assert combobox.get_attribute("aria-expanded") == "false"
    # Tab from the field reaches the chip's remove button only by going back (Shift+Tab):
    # the chips stand before the field.
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.classList.contains('portal-combobox__chip')")
    page.keyboard.press("Enter")
    assert page.locator("#id_initiatives").evaluate("select => select.selectedOptions.length") == 0
    assert page.evaluate("document.activeElement.id") == "id_initiatives-combobox"
    assert_accessible(page)


def test_partner_organisations_use_the_combobox_too(page, live_server):
    from tests.factories import OrganisationFactory

    OrganisationFactory(name="Gemeente Zwolle")
    log_in(page, live_server, make_member())
    page.goto("/initiatieven/aanmelden/")
    combobox = page.locator("#id_partner_organisations-combobox")
    combobox.press_sequentially("zwol", delay=20)
    page.keyboard.press("Enter")
    assert page.locator("#id_partner_organisations").evaluate(
        "select => Array.from(select.selectedOptions, option => option.text)") == ["Gemeente Zwolle"]
    assert_accessible(page)
