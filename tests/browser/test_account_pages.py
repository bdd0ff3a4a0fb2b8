"""allauth's pages wear the NLDS layout: signed-in pages and forms with errors stay
axe-clean, errors are tied to their fields, and the error pages share the layout."""

import pytest
from django.conf import settings
from django.template.loader import get_template
from django.test import Client
from playwright.sync_api import expect

from tests.factories.accounts import UserFactory

from .axe import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def user(transactional_db):
    """A user with a verified address. Not `member`: granting the member role needs the
    groups from a data migration, and a transactional test's flush removes those."""
    return UserFactory()


@pytest.fixture
def signed_in_page(page, live_server, user):
    """`page` with `member` signed in (a session cookie, without going through the form)."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return page


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("path", ["/account/email/", "/account/password/change/", "/account/2fa/", "/over/"])
def test_signed_in_pages_have_no_wcag_violations(signed_in_page, user, path):
    page = signed_in_page
    response = page.goto(path)
    assert response.ok, f"{path} answered {response.status}"
    # The account menu is a <details>: it opens without JavaScript.
    menu = page.locator(".portal-account")
    menu.locator("summary").click()
    assert menu.get_attribute("open") is not None
    assert menu.locator("form button[type=submit]").is_visible()
    assert user.display_name in menu.locator("summary").inner_text()
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
def test_password_reset_page_has_no_wcag_violations(page):
    page.goto("/account/password/reset/")
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
def test_access_request_page_with_its_honeypot_has_no_wcag_violations(page):
    page.goto("/toegang-aanvragen/")
    assert_accessible(page)
    # The honeypot is out of the keyboard's way: tabbing through skips it.
    assert page.locator("input[name=leave_empty]").get_attribute("tabindex") == "-1"
    # ...and screen readers do not meet it: only the four real fields are textboxes.
    expect(page.locator("main form").get_by_role("textbox")).to_have_count(4)


@pytest.mark.django_db(transaction=True)
def test_failed_login_shows_an_accessible_error_summary(page, user):
    page.goto("/account/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", "not-the-password")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    summary = page.locator("main [role=alert]")
    expect(summary).to_have_count(1)
    assert summary.inner_text().strip()
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
def test_signup_errors_are_tied_to_their_fields(page):
    page.goto("/account/signup/")
    page.fill("#id_email", "not-an-address")
    page.fill("#id_password1", "kort")
    page.fill("#id_password2", "anders")
    # Skip the browser's own validation: the server's messages are what we test.
    page.locator("main form").evaluate("form => form.noValidate = true")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    email = page.locator("#id_email")
    assert email.get_attribute("aria-invalid") == "true"
    described_by = email.get_attribute("aria-describedby").split()
    assert "id_email_error" in described_by
    assert page.locator("#id_email_error").inner_text().strip()
    # The summary links to the field.
    assert page.locator("main [role=alert] a[href='#id_email']").count() == 1
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_not_found_page_uses_the_layout(page, use_language, language):
    use_language(language)
    response = page.goto("/bestaat-niet/")
    assert response.status == 404
    assert page.locator("main#inhoud h1").count() == 1
    assert_accessible(page)


def test_server_error_page_renders_without_request_or_database():
    html = get_template("500.html").render()
    assert "portal.css" in html
    assert 'id="inhoud"' in html
