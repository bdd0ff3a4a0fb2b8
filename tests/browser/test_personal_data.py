"""Pasting personal data warns before publishing, with JavaScript (a calm warning while
typing, in a live region) and without (a confirmation step that keeps everything typed).
After a redaction, neither the page, the history with its diffs, the feed nor the search
returns the redacted text. No WCAG 2.1 AA violations on the pages on the way."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.browser.test_vraagbaak_journey import log_in
from tests.factories import ThemeFactory, make_member
from vraagbaak.models import Flag, Question
from vraagbaak.services.questions import question_create, question_edit
from vraagbaak.services.revisions import latest_revision_id

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Mag een model de bezwaren van burgers voorsorteren?"
PASTED = {
    "bsn": "De burger (BSN 111222333) maakte bezwaar.",
    "iban": "Terugbetalen op NL91ABNA0417164300 kan.",
    "phone": "Bel de melder op 06-12345678.",
    "email": "Mail de aanvrager op p.jansen@gmail.com.",
    "address": "Zij woont op Kerkstraat 12, 3511 LX Utrecht.",
}
WARNING = "#id_body_personal_data"


def test_typing_personal_data_warns_at_once_and_the_server_asks(page, live_server):
    theme = ThemeFactory(name="Bezwaar (browsertest)", slug="bezwaar-browser")
    log_in(page, live_server, make_member())
    page.goto("/vragen/stellen/")
    warning = page.locator(WARNING)
    assert warning.get_attribute("aria-live") == "polite"
    assert "id_body_personal_data" in page.locator("#id_body").get_attribute("aria-describedby")
    assert warning.text_content() == ""
    for kind, text in PASTED.items():
        page.locator("#id_body").fill(f"Een vraag over een casus. {text}")
        expect(warning).not_to_be_empty()
        assert warning.text_content(), kind
        page.locator("#id_body").fill("Een vraag over een casus zonder gegevens van mensen.")
        expect(warning).to_be_empty()
    page.locator("#id_body").fill(f"Een vraag over een casus. {PASTED['bsn']}")
    expect(warning).to_contain_text("BSN")
    assert_accessible(page)
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_theme").select_option(label=theme.name)
    page.locator("button[name=action][value=post]").click()
    page.wait_for_selector("#id_confirm_no_personal_data")
    assert not Question.objects.exists()
    assert page.locator("#id_body").input_value().endswith(PASTED["bsn"])
    assert_accessible(page)


def test_without_javascript_a_confirmation_step_keeps_everything(browser, live_server):
    theme = ThemeFactory(name="Bezwaar zonder JS", slug="bezwaar-zonder-js")
    context = browser.new_context(base_url=live_server.url, locale="nl-NL",
                                  java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, live_server, make_member())
    for kind, text in PASTED.items():
        page.goto("/vragen/stellen/")
        page.locator("#id_title").fill(f"{TITLE} ({kind})")
        page.locator("#id_body").fill(f"Een vraag over een casus. {text}")
        page.locator("#id_theme").select_option(label=theme.name)
        page.locator("button[name=action][value=post]").click()
        page.wait_for_selector("#id_confirm_no_personal_data")
        assert not Question.objects.exists(), kind
        assert page.locator("#id_title").input_value() == f"{TITLE} ({kind})"
        assert page.locator("#id_body").input_value() == f"Een vraag over een casus. {text}"
    # axe runs as a script: it checks the page the server sent, in a page that runs scripts.
    checker = browser.new_context(base_url=live_server.url, locale="nl-NL").new_page()
    checker.goto("/over/")
    checker.set_content(page.content())
    assert_accessible(checker)
    page.locator("#id_confirm_no_personal_data").check()
    page.locator("button[name=action][value=post]").click()
    page.wait_for_url("**/vragen/*/*/")
    question = Question.objects.get()
    assert Flag.objects.filter(question=question, reason="personal-data").exists()


def test_after_redaction_nothing_returns_the_passage(page, live_server):
    bsn = "111222333"
    author = make_member(display_name="Sanne de Vries")
    question = question_create(author=author, title=TITLE, theme=ThemeFactory(),
                               body=f"Een burger met BSN {bsn} vroeg inzage in het besluit.")
    question_edit(question=question, editor=author, title=TITLE, theme=question.theme, tags=[],
                  body=f"Een burger met BSN {bsn} vroeg inzage in het besluit, met bijlage.",
                  summary="bijlage", base_revision_id=latest_revision_id(question=question))
    log_in(page, live_server, author)
    page.goto(question.get_absolute_url())
    page.get_by_role("link", name="Remove personal data").or_(
        page.get_by_role("link", name="Persoonsgegevens verwijderen")).click()
    assert_accessible(page)
    page.locator("#id_passage").fill(bsn)
    page.locator("#id_note").fill("BSN van een burger in de vraag")
    page.locator("form.portal-form button[type=submit]").click()
    page.wait_for_url(f"**/vragen/{question.pk}/*/")
    question.refresh_from_db()
    urls = [question.get_absolute_url(),
            reverse("vraagbaak:question-revisions", args=[question.pk]),
            reverse("vraagbaak:feed-questions"),
            reverse("vraagbaak:search") + "?q=inzage"]
    for url in urls:
        response = page.goto(url)
        assert bsn not in response.text(), url
    page.goto(reverse("vraagbaak:question-revisions", args=[question.pk]))
    assert page.get_by_text("[verwijderd: persoonsgegevens]").first.is_visible()
    assert_accessible(page)
    search = page.goto(reverse("vraagbaak:search") + f"?q={bsn}")
    assert question.get_absolute_url() not in search.text()
