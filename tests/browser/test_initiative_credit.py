"""In Chromium: a Tech Watch case shows its credit with working links under its description, an
invented demo initiative says "Demo" at the top, and both pages are free of WCAG 2.1 AA violations."""

import pytest

from initiatives.demo import DEMO_TAG
from tests.browser.axe import assert_accessible
from tests.factories import InitiativeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_tech_watch_case_shows_its_credit(page):
    InitiativeFactory(slug="chatamsterdam", title="ChatAmsterdam", source="pstw", source_id="PSTW-2518",
                      description="The City of Amsterdam has developed its own AI assistant.")
    page.goto("/initiatieven/chatamsterdam/")
    credit = page.locator("#attribution")
    assert credit.is_visible()
    assert "Public Sector Tech Watch" in credit.inner_text() and "PSTW-2518" in credit.inner_text()
    assert credit.locator("a[href^='https://data.europa.eu/89h/']").count() == 1
    assert credit.locator("a[rel~='license']").count() == 1
    assert page.locator("#demo-notice").count() == 0
    assert_accessible(page)


def test_invented_initiative_says_demo(page):
    initiative = InitiativeFactory(slug="verzonnen", title="Verzonnen initiatief")
    initiative.tags.set([DEMO_TAG])
    page.goto("/initiatieven/verzonnen/")
    notice = page.locator("#demo-notice")
    assert notice.is_visible() and "Demo" in notice.inner_text()
    assert page.locator("#attribution").count() == 0
    assert_accessible(page)
