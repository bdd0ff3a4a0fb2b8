"""Without JavaScript the ask flow still shows similar questions before saving and a preview;
every vraagbaak page (lists, question, history, edit with a conflict, search, the ask form's
preview and confirmation step) passes axe-core.

axe-core runs inside the page, so the pages without JavaScript are scanned in the
second test, which reaches the same states with JavaScript on."""

import pytest

from tests.browser.axe import assert_accessible
from tests.browser.test_vraagbaak_journey import log_in, roles_present  # noqa: F401 (fixture)
from tests.factories import ThemeFactory, make_member
from vraagbaak.models import Question
from vraagbaak.services.answers import answer_accept, answer_create
from vraagbaak.services.comments import comment_create
from vraagbaak.services.questions import question_create
from vraagbaak.services.revisions import latest_revision_id
from vraagbaak.services.votes import vote_set

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def no_js_page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_ask_without_javascript_confirms_similar_questions_and_previews(no_js_page, live_server):
    page = no_js_page
    theme = ThemeFactory(name="Spraak (browsertest)", slug="spraak-browser")
    existing = question_create(author=make_member(),
                               title="Mogen we vergaderingen laten transcriberen met AI?",
                               body="Teams kan het.", theme=theme)
    log_in(page, live_server, make_member())
    page.goto("/vragen/stellen/")
    page.locator("#id_title").fill("Vergaderingen transcriberen met AI: mag dat?")
    page.locator("#id_body").fill("Met *externe* partijen erbij.")
    page.locator("#id_theme").select_option(label=theme.name)
    page.locator("button[name=action][value=preview]").click()
    assert page.locator("[data-preview-body] em", has_text="externe").count() == 1
    assert page.locator("#id_body").input_value() == "Met *externe* partijen erbij."
    page.locator("button[name=action][value=post]").click()
    page.locator("#vergelijkbare-vragen-bevestigen").wait_for()
    assert page.locator("#vergelijkbare-vragen-bevestigen a", has_text=existing.title).count() == 1
    assert Question.objects.count() == 1
    page.locator("button[name=action][value=post]").click()
    page.wait_for_url("**/vragen/*/vergaderingen-transcriberen-*/")
    assert Question.objects.count() == 2


def test_vraagbaak_pages_pass_axe(page, live_server, settings):
    settings.ANSWER_REVIEW_THRESHOLD = 0
    theme = ThemeFactory(name="Privacy (browsertest)", slug="privacy-browser")
    asker, answerer, voter = make_member(), make_member(), make_member()
    question = question_create(author=asker, title="Wanneer is een DPIA verplicht bij AI?",
                               body="## Context\n\nWe willen een **taalmodel** inzetten.\n\n- een\n- twee",
                               theme=theme, tags=["dpia", "avg"])
    answer = answer_create(question=question, author=answerer, body="Bij een hoog risico: zie "
                           "[de AP](https://www.autoriteitpersoonsgegevens.nl).")
    answer_create(question=question, author=voter, body="Vraag het je privacy officer.")
    comment_create(author=voter, post=question, body="Welke gegevens? Zie https://example.nl")
    comment_create(author=asker, post=answer, body="Dank je!")
    vote_set(user=voter, post=answer, value=1)
    answer_accept(answer=answer, accepted_by=asker)

    for url in ("/", "/vragen/", "/vragen/?sorteer=stemmen&tag=dpia", question.get_absolute_url(),
                f"/vragen/{question.pk}/revisies/", f"/antwoorden/{answer.pk}/revisies/",
                "/zoeken/?q=DPIA", "/zoeken/?q=%21%21", f"/themas/{theme.slug}/",
                asker.get_absolute_url()):
        page.goto(url)
        assert_accessible(page)

    log_in(page, live_server, asker)
    page.goto("/vragen/stellen/")
    page.locator("#id_title").fill("Is een DPIA verplicht voor een AI-toepassing?")
    page.locator("#id_body").fill("Met *persoonsgegevens*.")
    page.locator("[data-preview-body] em").wait_for()
    page.locator("#id_theme").select_option(label=theme.name)
    page.locator("button[name=action][value=preview]").click()
    assert_accessible(page)
    # The confirmation step the server shows when the script did not show suggestions.
    page.locator("[data-similar-results] [data-similar-for]").wait_for()
    page.locator("[data-similar-checked]").evaluate("input => { input.value = 'x'; }")
    page.locator("button[name=action][value=post]").click()
    page.locator("#vergelijkbare-vragen-bevestigen").wait_for()
    assert_accessible(page)
    page.goto(question.get_absolute_url())
    page.locator("details.portal-comments__add summary").first.click()
    assert_accessible(page)
    # An edit page opened, then someone saves first: the second save is refused and the text kept.
    page.goto(f"/vragen/{question.pk}/bewerken/")
    assert_accessible(page)
    from vraagbaak.services.questions import question_edit

    question_edit(question=question, editor=asker, title=question.title, body="Elders bewerkt",
                  theme=theme, tags=["dpia"], summary="ander tabblad",
                  base_revision_id=latest_revision_id(question=question))
    page.locator("#id_body").fill("Mijn versie van de tekst")
    page.locator("#id_summary").fill("verduidelijkt")
    page.locator("button[name=action][value=save]").click()
    page.locator("#bewerkconflict").wait_for()
    assert page.locator("#id_body").input_value() == "Mijn versie van de tekst"
    assert_accessible(page)
    # An answer with errors keeps its page accessible too.
    page.goto(question.get_absolute_url())
    page.locator("#id_body").fill("kort")
    page.locator("button[name=action][value=post]").click()
    page.locator(".portal-error-summary").wait_for()
    assert_accessible(page)
