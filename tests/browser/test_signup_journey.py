"""A civil servant signs up, verifies the address from the mail, logs in, edits the profile
and logs out, in Dutch, and every page on the way is free of WCAG 2.1 AA violations."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import OrganisationDomain, User
from tests.browser.axe import assert_accessible
from tests.factories import OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Een-lang-wachtwoord-2026"


def test_signup_verify_login_edit_profile_logout(page):
    zwolle = OrganisationFactory(name="Gemeente Zwolle", slug="gemeente-zwolle")
    # A curator gave the organisation its e-mail domain: its people sign up without asking.
    OrganisationDomain.objects.create(organisation=zwolle, domain="zwolle.nl")

    page.goto("/account/signup/")
    assert_accessible(page)
    page.get_by_label("E-mailadres").fill("nieuw.lid@zwolle.nl")
    page.get_by_label("Weergavenaam").fill("Nieuw Lid")
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.get_by_label("Wachtwoord (bevestigen)").fill(PASSWORD)
    page.get_by_role("button", name="Registreren").click()

    expect(page).to_have_url(re.compile(r"/account/confirm-email/$"))
    assert_accessible(page)
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/account/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(re.sub(r"^https?://[^/]+", "", link))
    assert_accessible(page)
    page.get_by_role("button", name="Bevestigen").click()

    # Verified: now log in with the address and password.
    expect(page).to_have_url(re.compile(r"/account/login/$"))
    assert_accessible(page)
    page.get_by_label("E-mailadres").fill("nieuw.lid@zwolle.nl")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(re.compile(r"^http://[^/]+/$"))
    expect(page.get_by_text("Nieuw Lid").first).to_be_visible()
    assert_accessible(page)

    page.get_by_text("Nieuw Lid").first.click()
    page.get_by_role("link", name="Profiel bewerken").click()
    page.wait_for_url("**/profiel/bewerken/")
    assert_accessible(page)
    page.get_by_label("Functie").fill("Adviseur informatiebeheer")
    page.get_by_role("button", name="Profiel opslaan").click()

    user = User.objects.get(email="nieuw.lid@zwolle.nl")
    assert user.organisation == zwolle  # from the domain: the field was left empty
    page.wait_for_url(f"**/profiel/{user.pk}/")
    assert_accessible(page)
    expect(page.get_by_text("Adviseur informatiebeheer")).to_be_visible()
    assert "nieuw.lid@zwolle.nl" not in page.locator("main").inner_text()

    page.get_by_text("Nieuw Lid").first.click()
    page.get_by_role("button", name="Uitloggen").click()
    expect(page).to_have_url(re.compile(r"^http://[^/]+/$"))
    expect(page.get_by_role("link", name="Inloggen")).to_be_visible()
    assert_accessible(page)
