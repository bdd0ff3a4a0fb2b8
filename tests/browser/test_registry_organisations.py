"""The organisation facet on the real registry (issue 11): the demo is the Tech Watch import,
over a hundred organisations. The facet shows the top ten by count, a search field that
narrows the list while typing, and "toon alle", which works without script (a link to
?alle_organisaties=1 that keeps the other filters) and in place with it. A live refresh brings
the facet of the new selection from the same partial as the page: no organisation with "(0)".
Every state axe-clean."""

import re

import pytest

from tests.browser.axe import assert_accessible
from tests.journey_pages import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VISIBLE = "#facet-organisatie [data-facet-option]:not([hidden])"


@pytest.fixture
def demo(db):
    load_demo()


def assert_accessible_without_script(browser, live_server, page) -> None:
    """axe runs as a script: it checks the page the server sent, in a page that runs scripts."""
    checker = browser.new_context(base_url=live_server.url, locale="nl-NL",
                                  viewport={"width": 1280, "height": 800}).new_page()
    checker.goto("/over/")
    checker.set_content(page.content())
    assert_accessible(checker)


def visible_labels(page) -> list[str]:
    return page.locator(f"{VISIBLE} label").all_inner_texts()


def test_top_ten_search_field_show_all_in_place_and_no_zero_after_a_refresh(page, demo):
    page.goto("/initiatieven/")
    page.locator("#facet-organisatie > summary").click()
    total = page.locator("#facet-organisatie [data-facet-option]").count()
    assert total > 100
    assert len(visible_labels(page)) == 10
    counts = [int(re.search(r"\((\d+)\)$", label)[1]) for label in visible_labels(page)]
    assert counts == sorted(counts, reverse=True)
    assert str(total) in page.locator("[data-facet-show-all]").inner_text()
    assert_accessible(page)

    # The search field looks in every organisation, not only the ten shown.
    search = page.locator("#facet-organisatie-zoek")
    search.fill("gemeente")
    names = visible_labels(page)
    assert names and all("gemeente" in name.lower() for name in names)
    assert page.locator("#facet-organisatie [data-facet-more]:not([hidden])").count() > 0
    assert page.locator("[data-facet-show-all]").is_hidden()
    assert page.locator("#facet-organisatie-zoek-status").inner_text() == str(len(names))
    assert_accessible(page)
    search.fill("")
    assert len(visible_labels(page)) == 10

    # "Toon alle" in place: no page load, the focus on the first organisation it added.
    url = page.url
    page.locator("[data-facet-show-all]").click()
    assert len(visible_labels(page)) == total and page.url == url
    assert page.evaluate("document.activeElement.closest('[data-facet-more]') !== null")
    assert_accessible(page)

    # A theme narrows the selection: the facet comes back with only organisations that have
    # results in it, still all of them shown.
    page.locator("#facet-thema input[type=checkbox]").first.check()
    page.wait_for_function("() => /thema=/.test(location.search)")
    assert "alle_organisaties=1" in page.url  # a reload keeps the whole list
    labels = visible_labels(page)
    assert 0 < len(labels) < total
    assert not [label for label in labels if label.endswith("(0)")]
    assert not page.locator("#facet-organisatie").get_by_text("(0)").count()
    assert page.locator("#facet-organisatie [data-facet-option][hidden]").count() == 0
    assert_accessible(page)

    # Choosing an organisation and clearing the theme again: every organisation is back.
    page.locator(f"{VISIBLE} input").first.check()
    page.wait_for_function("() => /organisatie=/.test(location.search)")
    page.locator("#facet-thema input[type=checkbox]:checked").uncheck()
    page.wait_for_function("() => !/thema=/.test(location.search)")
    assert len(visible_labels(page)) == total
    assert page.locator("#facet-organisatie input:checked").count() == 1
    assert not page.locator("#facet-organisatie").get_by_text("(0)").count()


def test_top_ten_after_a_refresh_without_show_all(page, demo):
    page.goto("/initiatieven/?status=pilot")
    page.locator("#facet-organisatie > summary").click()
    page.locator("#facet-status input[value=pilot]").uncheck()
    page.wait_for_function("() => !/status=/.test(location.search)")
    page.locator("#facet-thema input[type=checkbox]").nth(1).check()
    page.wait_for_function("() => /thema=/.test(location.search)")
    labels = visible_labels(page)
    assert 0 < len(labels) <= 10
    assert not [label for label in labels if label.endswith("(0)")]
    assert_accessible(page)


def test_show_all_without_javascript_keeps_the_other_filters(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL",
                                  viewport={"width": 1280, "height": 800},
                                  java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto("/initiatieven/?status=in-gebruik")
    page.locator("#facet-organisatie > summary").click()
    assert page.locator("#facet-organisatie-zoek").is_hidden()  # it needs the script
    assert len(visible_labels(page)) == 10
    assert_accessible_without_script(browser, live_server, page)

    page.locator("[data-facet-show-all]").click()
    page.wait_for_url(re.compile(r"status=in-gebruik&alle_organisaties=1"))
    page.locator("#facet-organisatie > summary").click()
    total = page.locator("#facet-organisatie [data-facet-option]").count()
    assert total > 10 and len(visible_labels(page)) == total
    assert page.locator("[data-facet-show-all]").count() == 0
    assert_accessible_without_script(browser, live_server, page)

    # The twelfth organisation, then the form: the whole list stays open, the status too.
    page.locator(f"{VISIBLE} input").nth(11).check()
    page.locator("#initiative-filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"organisatie="))
    assert "alle_organisaties=1" in page.url and "status=in-gebruik" in page.url
    assert len(visible_labels(page)) == page.locator(
        "#facet-organisatie [data-facet-option]").count()
    assert page.locator("#facet-organisatie input:checked").count() == 1
    assert_accessible_without_script(browser, live_server, page)
