"""The registry's filters with the keyboard alone (issue 13): from the search box, choose a
theme and an organisation type and open a result in at most 20 Tab stops. Only theme and
organisation type are open at first; the other facets show how many values are chosen; values
that would give nothing hide after a live refresh; the organisation facet has its own search
field; on a phone the results come first, the filters behind "Filters (n)". axe-clean."""

import re

import pytest

from tests.browser.axe import assert_accessible
from tests.journey_pages import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_TAB_STOPS = 20


@pytest.fixture
def demo(db):
    load_demo()


def tab_until(page, selector: str, limit: int = MAX_TAB_STOPS + 10) -> int:
    """Press Tab until the focus is on the first visible match of `selector`; the presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement === [...document.querySelectorAll(s)]"
                         ".find(e => e.offsetParent !== null)", selector):
            return presses
    raise AssertionError(f"{selector} not reached in {limit} Tab presses")


def test_filter_by_theme_and_organisation_type_and_open_a_result_in_twenty_tabs(page, demo):
    page.goto("/initiatieven/")
    open_facets = page.locator("details.portal-facet[open]").evaluate_all("els => els.map(e => e.id)")
    assert open_facets == ["facet-thema", "facet-organisatietype"]
    assert_accessible(page)

    page.focus("#id_q")
    tabs = tab_until(page, "#facet-thema input[type=checkbox]")
    with page.expect_response(lambda r: "thema=" in r.url):
        page.keyboard.press("Space")
    tabs += tab_until(page, "#facet-organisatietype input[type=checkbox]")
    with page.expect_response(lambda r: "organisatietype=" in r.url):
        page.keyboard.press("Space")
    page.wait_for_function("() => /organisatietype=/.test(location.search)")
    tabs += tab_until(page, "#facet-organisatietype [data-jump-to-results]")
    count = int(page.locator("#result-count").get_attribute("data-count"))
    assert f" {count} " in page.locator("#facet-organisatietype [data-jump-to-results]").inner_text()
    page.keyboard.press("Enter")
    tabs += tab_until(page, "#initiative-list a")
    print(f"Tab stops from the search box to the first result: {tabs}")
    assert tabs <= MAX_TAB_STOPS, f"{tabs} Tab stops"
    first = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(first) + "$"))


def test_facets_hide_empty_values_count_choices_and_search_organisations(page, demo):
    page.goto("/initiatieven/")
    visible_types = page.locator("#facet-organisatietype li:visible").count()
    page.locator("#facet-thema input[type=checkbox]").first.check()
    page.wait_for_function("() => /thema=/.test(location.search)")
    page.wait_for_function(
        "n => document.querySelectorAll('#facet-organisatietype li:not([hidden])').length < n",
        arg=visible_types)
    page.locator("#facet-status summary").click()
    page.locator("#facet-status li:not([hidden]) input[type=checkbox]").first.check()
    assert "1" in page.locator("#facet-status [data-active-count]").inner_text()
    page.locator("#facet-organisatie summary").click()
    search = page.locator("#facet-organisatie-zoek")
    search.fill("gemeente")
    names = page.locator("#facet-organisatie li:visible label").all_inner_texts()
    assert names and all("gemeente" in name.lower() for name in names)
    assert_accessible(page)


def test_on_a_phone_results_come_first_behind_a_filters_disclosure(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL",
                                  viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto("/initiatieven/?thema=schrijven-en-samenvatten&status=pilot")
    toggle = page.locator("#filters-toggle")
    assert toggle.evaluate("d => d.open") is False
    assert page.locator("#filters-toggle > summary").inner_text() == "Filters (2)"
    # The first result follows the closed filters, with only the chosen values, the count and
    # the download links between them.
    summary = page.locator("#filters-toggle > summary").bounding_box()
    first = page.locator("#initiative-list a").first.bounding_box()
    assert 0 < first["y"] - (summary["y"] + summary["height"]) < 400
    assert_accessible(page)
    page.locator("#filters-toggle > summary").click()
    assert page.locator("#facet-thema").is_visible()
    assert_accessible(page)


def test_choose_an_organisation_of_the_real_registry_in_twenty_tabs(page, demo):
    """The demo is the real Tech Watch import (over a hundred organisations): the organisation
    facet's search field finds one outside the top ten, and its own "Show N results" jumps on."""
    page.goto("/initiatieven/")
    assert page.locator("#facet-organisatie [data-facet-option]").count() > 100
    wanted = page.locator("#facet-organisatie [data-facet-more] label").first.evaluate(
        "l => l.firstChild.textContent.trim()")
    page.focus("#id_q")
    tabs = tab_until(page, "#facet-organisatie > summary")
    page.keyboard.press("Enter")
    tabs += tab_until(page, "#facet-organisatie-zoek")
    page.keyboard.type(wanted)
    tabs += tab_until(page, "#facet-organisatie input[type=checkbox]")
    box = page.evaluate("document.activeElement.id")
    with page.expect_response(lambda r: "organisatie=" in r.url):
        page.keyboard.press("Space")
    page.wait_for_function("() => /organisatie=/.test(location.search)")
    # The facet came back from the server; the focus stayed on the chosen organisation.
    assert page.evaluate("document.activeElement.id") == box
    assert page.locator(f"#{box}").is_checked()
    tabs += tab_until(page, "#facet-organisatie [data-jump-to-results]")
    page.keyboard.press("Enter")
    tabs += tab_until(page, "#initiative-list a")
    print(f"Tab stops from the search box to the first result, by organisation: {tabs}")
    assert tabs <= MAX_TAB_STOPS, f"{tabs} Tab stops"
    assert_accessible(page)
