"""On the ask form a member finds a related initiative by typing (js/initiative-suggest.js ticks
it in the plain multi-select underneath) and the posted question links it. No WCAG 2.1 AA
violations with the suggestions shown."""

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

    page.locator("#id_initiatives-zoek").fill("tolk")
    suggestion = page.locator(".portal-suggest__list button", has_text=tolk.title)
    suggestion.click()
    assert suggestion.get_attribute("aria-pressed") == "true"
    assert page.locator("#id_initiatives").evaluate(
        "select => Array.from(select.selectedOptions, option => option.value)"
    ) == ["tolk-app"]
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
