"""Finding by meaning in the browser, with the real model: a search that finds nothing close
says so and offers to ask the experts with the text filled in; a near-duplicate shows while
typing the title; the question page shows its stored neighbours and who works on the
subject. Every page visited passes axe-core."""

import re

import pytest

from tests.browser.axe import assert_accessible
from tests.browser.test_vraagbaak_journey import log_in
from tests.factories import InitiativeFactory, ThemeFactory, make_member
from vraagbaak.services.questions import question_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MENTION = "Moet ik vermelden dat een tekst met hulp van AI is geschreven?"


@pytest.fixture
def content(embeddings, settings):
    settings.ANSWER_REVIEW_THRESHOLD = 0
    theme = ThemeFactory(name="Generatieve AI (browsertest)", slug="genai-browser")
    InitiativeFactory(title="Disclosure of AI-written letters to citizens",
                      summary="Letters written with a language model say so in a footnote.")
    asker = make_member()
    first = question_create(author=asker, title=MENTION, theme=theme,
                            body="Een collega liet een brief aan een inwoner opstellen door Copilot.")
    question_create(author=asker, title="Welke spraak-naar-tekstsoftware werkt goed in het Nederlands?",
                    body="We willen interviews uitschrijven.", theme=theme)
    return {"asker": asker, "question": first}


def test_nothing_close_offers_to_ask_with_the_text(page, live_server, content):
    log_in(page, live_server, make_member())
    query = "Wat is een goed recept voor appeltaart?"
    page.goto(f"/zoeken/?q={query}")
    box = page.locator("[data-nothing-close]")
    box.wait_for()
    assert_accessible(page)
    box.locator("a").click()
    page.wait_for_url(re.compile(r".*/vragen/stellen/\?titel=.*"))
    assert page.locator("#id_title").input_value() == query
    assert_accessible(page)


def test_a_near_duplicate_shows_while_typing(page, live_server, content):
    log_in(page, live_server, make_member())
    page.goto("/vragen/stellen/")
    page.locator("#id_title").fill("Moet ik melden dat een tekst met AI is geschreven?")
    page.locator("[data-near-duplicate]").wait_for(timeout=30_000)
    assert page.locator("[data-near-duplicate] a", has_text=MENTION).count() == 1
    assert_accessible(page)


def test_the_question_page_shows_its_neighbours(page, live_server, content):
    log_in(page, live_server, content["asker"])
    page.goto(content["question"].get_absolute_url())
    assert page.locator("[data-related] a", has_text="spraak-naar-tekstsoftware").count() == 1
    assert page.locator("[data-suggested-initiatives] a",
                        has_text="Disclosure of AI-written letters").count() == 1
    assert_accessible(page)


def test_a_question_found_through_an_answer_leads_to_that_answer(page, live_server, content):
    from vraagbaak.services.answers import answer_create

    answer = answer_create(
        question=content["question"], author=make_member(),
        body="Voor teksten die inwoners rechtstreeks lezen, zoals een chatbot, geldt vanaf "
             "augustus 2026 een transparantieplicht uit de AI-verordening.")
    page.goto("/zoeken/?q=vanaf wanneer geldt de transparantieverplichting voor teksten die "
              "inwoners direct lezen")
    matched = page.locator("[data-matched-answer]")
    matched.first.wait_for()
    assert_accessible(page)
    matched.first.locator("a").click()
    page.wait_for_url(re.compile(rf".*#antwoord-{answer.pk}$"))
    assert page.locator(f"#antwoord-{answer.pk}").is_visible()
    assert_accessible(page)
