"""A civil servant signs in through their organisation's sign-in service (OpenID Connect,
a real provider run in a thread: tests/oidc.py): the button on the sign-in page, our
confirmation, the provider's page, and back, signed in, a member of the organisation of the
address. An expert does the portal's second factor after it, unless the provider asserted
one it is trusted for. Every page of ours on the way is free of WCAG 2.1 AA violations."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.urls import reverse
from playwright.sync_api import expect

from accounts import roles
from accounts.models import OrganisationDomain, User
from tests.browser.axe import assert_accessible
from tests.browser.conftest import TOTP_SECRET
from tests.factories import OrganisationFactory, make_role
from tests.oidc import oidc_provider, oidc_server  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def bzk(transactional_db):
    organisation = OrganisationFactory(name="Ministerie van BZK", slug="ministerie-van-bzk")
    OrganisationDomain.objects.create(organisation=organisation, domain="minbzk.nl")
    return organisation


def sign_in_at_provider(page, provider, sub: str) -> None:
    """From our sign-in page through the provider's, back to us (axe on our pages)."""
    page.goto("/account/login/")
    assert_accessible(page)
    page.locator('a[href^="/account/oidc/rijk/login/"]').click()

    expect(page).to_have_url(re.compile(r"/account/oidc/rijk/login/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Rijksportaal")
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()

    # The provider's own page (not ours: no scan): choose who signs in.
    page.wait_for_url(f"{provider.issuer}/oauth2/authorize**", wait_until="commit")
    page.get_by_label("Subject").fill(sub)
    with page.expect_navigation(url=re.compile(r"^http://localhost:\d+/(?!oauth2)")):
        page.get_by_role("button", name="Authorize", exact=True).click()


def test_sign_in_through_the_organisations_provider(page, oidc_provider, bzk):  # noqa: F811
    oidc_provider.person("anne", email="anne@minbzk.nl", email_verified=True, name="Anne de Wit")

    sign_in_at_provider(page, oidc_provider, "anne")

    expect(page).to_have_url(re.compile(r"^http://[^/]+/$"))
    expect(page.get_by_text("Anne de Wit").first).to_be_visible()
    assert_accessible(page)
    user = User.objects.get(email="anne@minbzk.nl")
    assert user.organisation == bzk
    page.goto(f"/profiel/{user.pk}/")
    expect(page.locator("main")).to_contain_text("Ministerie van BZK")
    assert_accessible(page)


def test_refused_address_gets_a_clear_page(page, oidc_provider):  # noqa: F811
    oidc_provider.person("buiten", email="iemand@gemeentefake.nl", email_verified=True)

    sign_in_at_provider(page, oidc_provider, "buiten")

    expect(page.get_by_role("alert")).to_contain_text("Nederlandse overheidsorganisatie")
    assert_accessible(page)
    assert not User.objects.filter(email="iemand@gemeentefake.nl").exists()


def test_expert_does_totp_unless_the_provider_vouches_for_mfa(page, oidc_provider, bzk):  # noqa: F811
    oidc_provider.configure(rijk={"NAME": "Rijksportaal", "MFA_AMR": "mfa"})
    curator = make_role(roles.CURATOR, mfa=False, email="cas@minbzk.nl", display_name="Cas Mulder")
    TOTP.activate(curator, TOTP_SECRET)
    curate = reverse("accounts:organisation-curate-list")

    # A password at the provider only: our own second factor follows.
    oidc_provider.person("cas", email="cas@minbzk.nl", email_verified=True, amr=["pwd"])
    sign_in_at_provider(page, oidc_provider, "cas")
    expect(page).to_have_url(re.compile(r"/account/2fa/authenticate/$"))
    assert_accessible(page)
    for _attempt in range(2):  # a code made as its window closes may arrive too late
        page.fill("input[name=code]", format_hotp_value(hotp_value(TOTP_SECRET, int(time.time()) // 30)))
        with page.expect_navigation():
            page.locator("main form button[type=submit]").first.click()
        if "/account/2fa/" not in page.url:
            break
    assert page.goto(curate).ok
    expect(page).to_have_url(re.compile(re.escape(curate) + "$"))
    assert_accessible(page)

    page.context.clear_cookies()
    # The provider asserts its second factor: straight in, powers and all.
    oidc_provider.person("cas", email="cas@minbzk.nl", email_verified=True, amr=["pwd", "mfa"])
    sign_in_at_provider(page, oidc_provider, "cas")
    expect(page).to_have_url(re.compile(r"^http://[^/]+/$"))
    assert page.goto(curate).ok
    expect(page).to_have_url(re.compile(re.escape(curate) + "$"))
