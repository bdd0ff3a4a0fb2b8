"""What a member types into a form is kept in the browser until the server confirms it was saved:
restored after a reload, a visit elsewhere or an outage (503), gone after a successful post.
No WCAG 2.1 AA violations on the pages on the way, the 503 page included."""

import pytest
from django.db import OperationalError

from tests.browser.axe import assert_accessible
from tests.browser.test_vraagbaak_journey import log_in
from tests.factories import ThemeFactory, make_member
from vraagbaak.models import Answer, Question
from vraagbaak.services.questions import question_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DRAFT_KEYS = "Object.keys(localStorage).filter(k => k.startsWith('vraagbaak-draft'))"


def test_ask_form_keeps_a_draft_until_the_question_is_posted(page, live_server):
    theme = ThemeFactory(name="Transcriptie (browsertest)", slug="transcriptie-browser")
    asker = make_member(display_name="Sanne de Vries")
    title = "Mag een spraakmodel onze raadsvergaderingen uitschrijven?"
    body = "Wij willen de notulen van openbare vergaderingen laten maken."
    log_in(page, live_server, asker)
    page.goto("/vragen/stellen/")
    assert_accessible(page)
    page.locator("#id_title").fill(title)
    page.locator("#id_body").fill(body)
    page.locator("#id_theme").select_option(label=theme.name)

    page.reload()
    assert page.locator("#id_title").input_value() == title
    assert page.locator("#id_body").input_value() == body
    assert page.locator("#id_theme").input_value() == str(theme.pk)

    page.goto("/vragen/")
    page.goto("/vragen/stellen/")
    assert page.locator("#id_title").input_value() == title
    assert_accessible(page)

    page.locator("#id_tags").fill("transcriptie")
    page.locator("button[name=action][value=post]").click()
    page.wait_for_url("**/vragen/*/mag-een-spraakmodel-*/")
    assert Question.objects.filter(title=title).exists()
    assert page.evaluate(DRAFT_KEYS) == []
    assert_accessible(page)

    page.goto("/vragen/stellen/")
    assert page.locator("#id_title").input_value() == ""
    assert page.locator("#id_body").input_value() == ""


def test_answer_refused_by_an_outage_comes_back_and_is_cleared_once_posted(page, live_server, monkeypatch):
    asker = make_member(display_name="Sanne de Vries")
    answerer = make_member(display_name="Mohamed El Amrani")
    question = question_create(author=asker, title="Wie gebruikt al een taalmodel voor de Woo?",
                               body="Wij zoeken ervaringen.", theme=ThemeFactory())
    text = "Wij gebruiken een model in de eigen omgeving, met een DPIA vooraf."
    log_in(page, live_server, answerer)
    page.goto(question.get_absolute_url())
    page.locator("#id_body").fill(text)

    def database_gone(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("vraagbaak.views.answers.answer_create", database_gone)
    with page.expect_response(lambda response: response.request.method == "POST") as refused:
        page.locator("button[name=action][value=post]").click()
    assert refused.value.status == 503
    page.locator(".portal-error-page").wait_for()
    assert_accessible(page)

    monkeypatch.undo()
    page.go_back()
    page.wait_for_url(f"**{question.get_absolute_url()}")
    assert page.locator("#id_body").input_value() == text
    page.goto(question.get_absolute_url())
    assert page.locator("#id_body").input_value() == text

    page.locator("button[name=action][value=post]").click()
    page.locator("[data-answer-id]").first.wait_for()
    assert Answer.objects.filter(question=question, body=text).exists()
    assert page.locator("#id_body").input_value() == ""
    assert page.evaluate(DRAFT_KEYS) == []
    assert_accessible(page)
