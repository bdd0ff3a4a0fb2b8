"""The registry at a glance (issue 11) in Chromium, on the real Tech Watch demo: on the home
page and /initiatieven/, at 1280 and 320 px, the charts fit the page, the table of the same
figures opens, and its rows lead to the filtered registry with as many results as the bar
says. axe-clean, the table closed and open."""

import pytest

from tests.browser.axe import assert_accessible
from tests.journey_pages import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(db):
    load_demo()


@pytest.mark.parametrize("width", [1280, 320])
def test_charts_fit_open_their_table_and_lead_to_the_registry(browser, live_server, demo, width):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL",
                                  viewport={"width": width, "height": 800})
    page = context.new_page()
    for path, prefix in (("/", "home-overview"), ("/initiatieven/", "registry-overview")):
        page.goto(path)
        charts = page.locator(f"#{prefix} svg[role=img]")
        assert charts.count() == 2
        for n in range(2):
            box = charts.nth(n).bounding_box()
            assert box["width"] > 200 and box["x"] + box["width"] <= width, box
            # Each drawn bar has its number beside it.
            assert charts.nth(n).locator("rect.portal-chart__bar").count() <= charts.nth(n).locator(
                "text.portal-chart__number").count()
        assert_accessible(page)
        first_table = page.locator(f"#{prefix} details.portal-chart__table").first
        first_table.locator("summary").click()
        row = first_table.locator("tbody tr").first
        assert row.is_visible()
        assert_accessible(page)
        expected = int(row.locator("td").inner_text())
        row.locator("a").click()
        page.wait_for_url("**/initiatieven/?thema=*")
        assert int(page.locator("#result-count").get_attribute("data-count")) == expected
    # The registry lists the newest good examples under the charts.
    page.goto("/initiatieven/")
    examples = page.locator("#registry-overview-examples + ul .portal-card")
    assert 1 <= examples.count() <= 3
