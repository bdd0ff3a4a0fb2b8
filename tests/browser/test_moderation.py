"""Moderation in the browser: an expert signs in with two-factor authentication and approves a
pending answer from /moderatie/; the asker is notified; the expert verifies; another member
flags the answer, the expert hides it with a reason and the author sees why. axe-clean pages.

(The question page itself belongs to the questions part; after the merge this journey also
answers and accepts through it.)"""

import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value

from accounts import roles
from accounts.notifications.kinds import NotificationKind
from accounts.notifications.models import Notification
from tests.factories import AnswerFactory, QuestionFactory, make_role
from vraagbaak.models import AnswerState
from vraagbaak.notifications import hooks

from .axe import assert_accessible
from .conftest import TOTP_SECRET

pytestmark = pytest.mark.browser

PASSWORD = "geheim-wachtwoord-123"  # the factories' password
SECRET = TOTP_SECRET


def new_page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL",
                                  viewport={"width": 1280, "height": 800})
    return context.new_page()


def sign_in(page, user, *, totp_secret=None):
    page.goto("/account/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    if totp_secret:
        # A code computed just before its 30-second window closes arrives too late on a
        # busy machine: allauth then shows the form again, and the next window's code is due.
        for _attempt in range(2):
            code = format_hotp_value(hotp_value(totp_secret, int(time.time()) // 30))
            page.fill("input[name=code]", code)
            with page.expect_navigation():
                page.locator("main form button[type=submit]").first.click()
            if "/account/2fa/" not in page.url:
                break
    assert "/account/login/" not in page.url
    assert "/account/2fa/" not in page.url, "the TOTP step did not pass"


def check(page, path=None):
    if path:
        response = page.goto(path)
        assert response.ok, f"{path} answered {response.status}"
    assert_accessible(page)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_expert_approves_verifies_and_hides_with_reason(browser, live_server, moderation_cast):
    cast = moderation_cast
    theme, expert, asker = cast.theme, cast.expert, cast.asker
    newcomer, flagger = cast.newcomer, cast.flagger
    question = QuestionFactory(theme=theme, author=asker, title="Mag een taalmodel notulen maken?")
    hooks.on_question_created(question)
    answer = AnswerFactory(question=question, author=newcomer, state=AnswerState.PENDING,
                           body="Ja, als de opname binnen de eigen omgeving blijft.")
    hooks.on_answer_created(answer)

    # The expert signs in with a TOTP code and approves from the queue.
    expert_page = new_page(browser, live_server)
    sign_in(expert_page, expert, totp_secret=SECRET)
    check(expert_page, "/moderatie/")
    item = expert_page.locator(f"[data-answer='{answer.pk}']")
    assert "eigen omgeving" in item.inner_text()
    with expert_page.expect_navigation():
        item.locator("[data-moderation-action=goedkeuren]").click()
    assert expert_page.locator(f"[data-answer='{answer.pk}']").count() == 0
    answer.refresh_from_db()
    assert answer.state == AnswerState.PUBLISHED

    # The asker sees the notification.
    asker_page = new_page(browser, live_server)
    sign_in(asker_page, asker)
    check(asker_page, "/meldingen/")
    assert asker_page.locator(f"[data-kind='{NotificationKind.ANSWER_POSTED}']").count() == 1
    check(asker_page, "/meldingen/instellingen/")

    # The expert verifies the published answer.
    check(expert_page, f"/moderatie/antwoord/{answer.pk}/verifieren/?next=/moderatie/")
    with expert_page.expect_navigation():
        expert_page.locator("[data-moderation-action=verifieren]").click()
    answer.refresh_from_db()
    assert answer.verified_by == expert

    # Another member flags the answer.
    flagger_page = new_page(browser, live_server)
    sign_in(flagger_page, flagger)
    check(flagger_page, f"/melden/antwoord/{answer.pk}/?next=/meldingen/")
    flagger_page.select_option("select[name=reason]", "wrong")
    flagger_page.fill("textarea[name=note]", "De AP zegt iets anders.")
    with flagger_page.expect_navigation():
        flagger_page.locator("main form button[type=submit]").click()
    assert flagger_page.url.endswith("/meldingen/")

    # The expert hides it from the queue with a reason; JavaScript asks for confirmation.
    check(expert_page, "/moderatie/")
    flagged = expert_page.locator(f"[data-flagged='antwoord-{answer.pk}']")
    assert "De AP zegt iets anders." in flagged.inner_text()
    flagged.locator("summary").last.click()
    flagged.locator("select[name=reason]").select_option("wrong")
    flagged.locator("textarea[name=note]").fill("Zie de nieuwe handreiking van de AP.")
    expert_page.once("dialog", lambda dialog: dialog.accept())
    with expert_page.expect_navigation():
        flagged.locator("[data-moderation-action=verbergen]").click()
    answer.refresh_from_db()
    assert answer.state == AnswerState.HIDDEN and answer.hidden_reason == "wrong"
    check(expert_page)

    # The author sees why.
    author_page = new_page(browser, live_server)
    sign_in(author_page, newcomer)
    check(author_page, "/meldingen/")
    hidden = author_page.locator(f"[data-kind='{NotificationKind.POST_HIDDEN}']")
    assert hidden.count() == 1
    assert Notification.objects.get(recipient=newcomer, kind=NotificationKind.POST_HIDDEN).note


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_close_confirmation_and_log_pages_are_accessible(browser, live_server):
    curator = make_role(roles.CURATOR, mfa=False)
    TOTP.activate(curator, SECRET)
    question = QuestionFactory()
    QuestionFactory(theme=question.theme, title="Notulen met AI: wat mag wel?")
    page = new_page(browser, live_server)
    sign_in(page, curator, totp_secret=SECRET)
    check(page, f"/moderatie/vraag/{question.pk}/sluiten/?q=Notulen")
    page.select_option("select[name=reason]", "duplicate")
    page.select_option("select[name=original]", index=1)
    with page.expect_navigation():
        page.locator("[data-moderation-action=sluiten]").click()
    question.refresh_from_db()
    assert question.state == "closed"
    check(page, "/moderatie/logboek/")
    assert page.locator("[data-log-entry]").count() == 1
