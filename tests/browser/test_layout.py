"""Every page shares a layout that passes WCAG 2.1 AA: axe-clean in both languages, a
working skip link, a language switch that keeps the page, and no sideways scrolling at 320 px."""

import pytest

from .axe import assert_accessible

pytestmark = pytest.mark.browser

PAGES = ["/", "/over/", "/toegankelijkheid/", "/privacy/", "/account/login/", "/account/signup/"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_wcag_violations(page, use_language, path, language):
    use_language(language)
    response = page.goto(path)
    assert response.ok, f"{path} answered {response.status}"
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
def test_skip_link_moves_focus_to_main(page):
    page.goto("/over/")
    page.keyboard.press("Tab")
    skip_link = page.locator("a[href='#inhoud']")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


@pytest.mark.django_db(transaction=True)
def test_language_switch_keeps_the_page(page):
    page.goto("/over/")
    assert page.locator("html").get_attribute("lang") == "nl"
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    assert page.url.endswith("/over/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "About the AI-vraagbaak"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_scroll_at_320_px(page, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)
    scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll_width <= 320, f"{path} is {scroll_width} px wide at a 320 px viewport"
