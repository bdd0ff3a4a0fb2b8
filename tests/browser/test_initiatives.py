"""The registry journey in Chromium: a member proposes an initiative, a curator publishes it, a
visitor filters by theme and organisation, finds it, opens it and starts a linked question.
Every page on the way is free of WCAG 2.1 AA violations."""

import re

import pytest
from django.conf import settings

from initiatives.models import Initiative, Theme
from initiatives.vocabularies import PublicationState
from tests.browser.axe import assert_accessible
from tests.factories import (
    InitiativeFactory,
    MFAClient,
    OrganisationFactory,
    make_member,
    make_role,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def signed_in_page(browser, live_server, user):
    """A page in a fresh context with `user`'s session, second factor passed (sign-in
    itself is tested elsewhere)."""
    client = MFAClient()
    client.force_login(user)
    context = browser.new_context(base_url=live_server.url, locale="nl-NL",
                                  viewport={"width": 1280, "height": 800})
    context.add_cookies([{
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": live_server.url,
    }])
    return context.new_page()


def test_propose_publish_filter_find_and_ask(browser, live_server, page):
    from accounts import roles

    zwolle = OrganisationFactory(name="Gemeente Zwolle", slug="gemeente-zwolle")
    member = make_member(organisation=zwolle)
    curator = make_role(roles.CURATOR)
    theme = Theme.objects.get(slug="spraak-transcriptie-en-vertalen")
    # Something else in the registry, so the filters have work to do.
    InitiativeFactory(slug="ander-initiatief", title="Ander initiatief",
                      themes=[Theme.objects.get(slug="voorspellen-en-plannen")])

    # A member proposes an initiative.
    proposer = signed_in_page(browser, live_server, member)
    proposer.goto("/initiatieven/aanmelden/")
    assert_accessible(proposer)
    proposer.fill("#id_title", "Tolk-app aan de balie")
    proposer.fill("#id_summary", "Een vertaalapp helpt baliemedewerkers in gesprek met inwoners.")
    proposer.select_option("#id_lead_organisation", label="Gemeente Zwolle")
    proposer.check(f"input[name=themes][value='{theme.pk}']")
    proposer.select_option("#id_beleidsterrein", "organisatie-en-bedrijfsvoering")
    proposer.select_option("#id_status", "pilot")
    proposer.select_option("#id_technique", "spraakherkenning")
    proposer.click("#initiative-form button[type=submit]")
    proposer.wait_for_url(re.compile(r"/initiatieven/tolk-app-aan-de-balie/$"))
    assert_accessible(proposer)
    initiative = Initiative.objects.get(slug="tolk-app-aan-de-balie")
    assert initiative.publication_state == PublicationState.SUBMITTED

    # Not public yet.
    response = page.goto("/initiatieven/tolk-app-aan-de-balie/")
    assert response.status == 404

    # A curator publishes it from the curation queue.
    reviewer = signed_in_page(browser, live_server, curator)
    reviewer.goto("/initiatieven/beheer/")
    assert_accessible(reviewer)
    reviewer.click("#queue-submitted a[href$='/tolk-app-aan-de-balie/']")
    reviewer.wait_for_url("**/initiatieven/beheer/tolk-app-aan-de-balie/")
    assert_accessible(reviewer)
    reviewer.check("input[name=decision][value=publish]")
    reviewer.click("#curation-form button[type=submit]")
    reviewer.wait_for_url("**/initiatieven/beheer/")
    initiative.refresh_from_db()
    assert initiative.publication_state == PublicationState.PUBLISHED

    # A visitor filters by theme and organisation and finds it.
    page.goto("/initiatieven/")
    assert_accessible(page)
    assert page.locator("[data-initiative='ander-initiatief']").count() == 1
    page.check(f"#f-thema-{theme.slug}")
    page.wait_for_selector("[data-initiative='ander-initiatief']", state="detached")
    # The script refreshed the results in place and keeps the selection in the address.
    assert "thema=spraak-transcriptie-en-vertalen" in page.url
    page.click("#facet-organisatie > summary")  # closed at first (issue 13)
    page.check("#f-organisatie-gemeente-zwolle")
    with page.expect_navigation():
        page.click("#initiative-filters button[type=submit]")  # works without the script too
    assert re.search(r"thema=spraak-transcriptie-en-vertalen.*organisatie=gemeente-zwolle", page.url)
    assert_accessible(page)
    cards = page.locator("#initiative-list [data-initiative]")
    assert cards.count() == 1
    page.click("#initiative-list a[href='/initiatieven/tolk-app-aan-de-balie/']")
    page.wait_for_url("**/initiatieven/tolk-app-aan-de-balie/")
    assert_accessible(page)

    # ... and starts a question linked to it (signing in first, the link kept).
    page.click("#ask-about-initiative")
    page.wait_for_url(re.compile(r"/account/login/\?next=.*initiatief%3Dtolk-app-aan-de-balie"))
    assert_accessible(page)
    proposer.goto("/initiatieven/tolk-app-aan-de-balie/")
    proposer.click("#ask-about-initiative")
    proposer.wait_for_url(re.compile(r"/vragen/stellen/\?initiatief=tolk-app-aan-de-balie$"))
    assert_accessible(proposer)
