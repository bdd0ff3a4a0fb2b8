"""After a failed submit the focus is on the error summary and the title starts with
"Error:" (issue 13); the browser's own bubbles stay out of it (`novalidate`), so an empty
required field reaches the server, whose messages are tied to the fields. axe-clean."""

import pytest

from tests.browser.axe import assert_accessible
from tests.factories import make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_failed_sign_in_focuses_the_error_summary_and_says_error_in_the_title(page, use_language):
    use_language("en")
    make_member(email="sanne@utrecht.nl")
    page.goto("/account/login/")
    page.fill("#id_login", "sanne@utrecht.nl")
    # The password stays empty: without novalidate the browser would stop here with a bubble.
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.title().startswith("Error: ")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert page.locator("#id_password").get_attribute("aria-invalid") == "true"
    assert_accessible(page)


def test_a_fresh_form_does_not_look_wrong_before_it_is_used(page, live_server):
    from tests.browser.test_vraagbaak_journey import log_in

    log_in(page, live_server, make_member())
    page.goto("/vragen/stellen/")
    body = page.locator("#id_body")
    look = "e => { const s = getComputedStyle(e); return [s.borderColor, s.backgroundColor]; }"
    assert body.evaluate("e => e.matches(':invalid')")  # empty and required
    fresh = body.evaluate(look)
    body.fill("x")
    body.fill("")
    page.locator("#id_title").focus()
    used = body.evaluate(look)
    # The error look comes only once the field was used and left wrong (:user-invalid).
    assert fresh != used
    assert fresh[1] == "rgb(255, 255, 255)"
