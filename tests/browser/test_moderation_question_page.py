"""The moderation journey through the question page (after the questions part is merged):
a new member answers and sees "awaiting review"; an expert approves it from /moderatie/; the
asker sees a notification and accepts; the expert verifies on the question page; another
member flags the answer there, the expert hides it with a reason and the author sees why.
axe-core on every page visited."""

import pytest

from accounts.notifications.kinds import NotificationKind
from vraagbaak.models import AnswerState
from vraagbaak.services.questions import question_create

from .test_moderation import SECRET, check, new_page, sign_in

pytestmark = pytest.mark.browser


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_moderation_journey_through_the_question_page(browser, live_server, moderation_cast):
    cast = moderation_cast
    theme, expert, asker = cast.theme, cast.expert, cast.asker
    newcomer, flagger = cast.newcomer, cast.flagger
    question = question_create(author=asker, title="Mag een taalmodel notulen maken van overleg?",
                               body="Wij willen vergaderingen laten samenvatten.", theme=theme, tags=[])
    url = question.get_absolute_url()

    # A new member answers and sees that the answer awaits review.
    newcomer_page = new_page(browser, live_server)
    sign_in(newcomer_page, newcomer)
    check(newcomer_page, url)
    newcomer_page.locator("#id_body").fill("Ja, als de opname binnen de eigen omgeving blijft.")
    with newcomer_page.expect_navigation():
        newcomer_page.locator("button[name=action][value=post]").click()
    answer = question.answers.get()
    assert answer.state == AnswerState.PENDING
    check(newcomer_page, url)
    assert newcomer_page.locator("[data-answer-state=pending]").count() == 1

    # The expert approves it from the review queue.
    expert_page = new_page(browser, live_server)
    sign_in(expert_page, expert, totp_secret=SECRET)
    check(expert_page, "/moderatie/")
    with expert_page.expect_navigation():
        expert_page.locator(f"[data-answer='{answer.pk}'] [data-moderation-action=goedkeuren]").click()
    answer.refresh_from_db()
    assert answer.state == AnswerState.PUBLISHED

    # The asker sees a notification (and the count in the header) and accepts.
    asker_page = new_page(browser, live_server)
    sign_in(asker_page, asker)
    assert asker_page.locator("#notification-badge").get_attribute("data-unread") == "1"
    check(asker_page, "/meldingen/")
    with asker_page.expect_navigation():
        asker_page.locator(f"[data-kind='{NotificationKind.ANSWER_POSTED}'] a").click()
    check(asker_page)
    with asker_page.expect_navigation():
        asker_page.locator("[data-accept]").click()
    question.refresh_from_db()
    assert question.accepted_answer_id == answer.pk

    # The expert verifies it on the question page.
    check(expert_page, url)
    with expert_page.expect_navigation():
        expert_page.locator(f"#antwoord-{answer.pk} [data-moderation-action=verifieren]").click()
    assert expert_page.locator(f"#antwoord-{answer.pk} [data-verified]").count() == 1
    check(expert_page)

    # Another member flags the answer from the question page.
    flagger_page = new_page(browser, live_server)
    sign_in(flagger_page, flagger)
    check(flagger_page, url)
    with flagger_page.expect_navigation():
        flagger_page.locator(f"[data-flag='a{answer.pk}']").click()
    check(flagger_page)
    flagger_page.select_option("select[name=reason]", "wrong")
    flagger_page.fill("textarea[name=note]", "De AP zegt iets anders.")
    with flagger_page.expect_navigation():
        flagger_page.locator("main form button[type=submit]").click()
    assert flagger_page.locator(f"[data-flagged-by-me='a{answer.pk}']").count() == 1

    # The expert hides it from the queue with a reason (confirming in the dialog).
    check(expert_page, "/moderatie/")
    flagged = expert_page.locator(f"[data-flagged='antwoord-{answer.pk}']")
    flagged.locator("summary").last.click()
    flagged.locator("select[name=reason]").select_option("wrong")
    flagged.locator("textarea[name=note]").fill("Zie de nieuwe handreiking van de AP.")
    expert_page.once("dialog", lambda dialog: dialog.accept())
    with expert_page.expect_navigation():
        flagged.locator("[data-moderation-action=verbergen]").click()
    answer.refresh_from_db()
    assert answer.state == AnswerState.HIDDEN

    # The author sees why on the question page.
    check(newcomer_page, url)
    banner = newcomer_page.locator(f"#antwoord-{answer.pk} [data-answer-state=hidden]")
    assert "Zie de nieuwe handreiking van de AP." in banner.inner_text()
