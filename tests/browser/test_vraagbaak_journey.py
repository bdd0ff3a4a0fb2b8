"""A member asks a question and sees similar questions while typing; a second member answers;
the asker accepts; a visitor finds it through the search box. No WCAG 2.1 AA violations on the way."""

import importlib

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client

from tests.browser.axe import assert_accessible
from tests.factories import ThemeFactory, make_member
from vraagbaak.models import Question
from vraagbaak.services.questions import question_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def roles_present(db):
    """Another transactional test may have flushed the groups the data migrations made: restore them."""
    for module in ("accounts.migrations.0002_roles", "initiatives.migrations.0002_roles_and_themes",
                   "vraagbaak.migrations.0002_roles"):
        for role, perms in importlib.import_module(module).GRANTS.items():
            group, _ = Group.objects.get_or_create(name=role)
            for perm in perms:
                app_label, codename = perm.split(".")
                group.permissions.add(
                    Permission.objects.get(content_type__app_label=app_label, codename=codename)
                )


def log_in(page, live_server, user):
    """Sign `user` in through a session cookie: the sign-in form has its own journey test."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )


def test_ask_answer_accept_and_find(page, browser, live_server):
    theme = ThemeFactory(name="Woo-verzoeken (browsertest)", slug="woo-browser")
    asker = make_member(display_name="Sanne de Vries")
    answerer = make_member(display_name="Mohamed El Amrani")
    existing = question_create(
        author=answerer, title="Mag ik een taalmodel gebruiken om Woo-verzoeken samen te vatten?",
        body="Wij krijgen veel Woo-verzoeken.", theme=theme, tags=["woo"],
    )

    # The asker types a title and sees the similar question while typing.
    log_in(page, live_server, asker)
    page.goto("/vragen/stellen/")
    assert_accessible(page)
    page.locator("#id_title").press_sequentially("Taalmodel voor Woo-verzoeken samenvatten", delay=10)
    suggestion = page.locator("[data-similar-results] a", has_text=existing.title)
    suggestion.wait_for()
    assert_accessible(page)
    new_title = "Mogen wij Woo-verzoeken laten samenvatten door een taalmodel?"
    page.locator("#id_title").fill(new_title)
    page.locator(f"[data-similar-for='{new_title}']").wait_for()
    page.locator("#id_body").fill("Het gaat om **honderden** documenten per verzoek.")
    page.locator("[data-preview-body] strong", has_text="honderden").wait_for()
    page.locator("#id_theme").select_option(label=theme.name)
    page.locator("#id_tags").fill("Woo, Taalmodel")
    page.locator("button[name=action][value=post]").click()
    page.wait_for_url("**/vragen/*/mogen-wij-*/")
    question = Question.objects.get(author=asker)
    assert sorted(question.tags.names()) == ["taalmodel", "woo"]
    assert_accessible(page)

    # A second member answers.
    other = browser.new_context(base_url=live_server.url, locale="nl-NL")
    answer_page = other.new_page()
    log_in(answer_page, live_server, answerer)
    answer_page.goto(question.get_absolute_url())
    answer_page.locator("#id_body").fill("Ja, met een model in de eigen omgeving en een DPIA vooraf.")
    answer_page.locator("button[name=action][value=post]").click()
    answer_page.locator("[data-answer-id]").first.wait_for()
    assert_accessible(answer_page)
    other.close()

    # The asker accepts the answer.
    page.goto(question.get_absolute_url())
    page.locator("[data-accept]").click()
    page.locator("[data-answer-id][data-accepted=true]").wait_for()
    assert page.locator("[data-question-state]").get_attribute("class").endswith("portal-badge--ok")
    assert_accessible(page)

    # A visitor finds it through the search box in the header.
    visitor = browser.new_context(base_url=live_server.url, locale="nl-NL")
    search_page = visitor.new_page()
    search_page.goto("/")
    assert_accessible(search_page)
    # The home page has one search box: its own, large one (issue 13).
    # PostgreSQL stems Dutch words, so an inflected form finds the title; SQLite matches text.
    word = "samenvatting" if connection.vendor == "postgresql" else "samenvatten"
    search_page.locator("#home-search-q").fill(word)
    search_page.locator("#home-search-q").press("Enter")
    search_page.wait_for_url("**/zoeken/?q=*")
    result = search_page.locator(f"[data-question-id='{question.pk}']")
    result.wait_for()
    assert result.locator("[data-accepted]").count() == 1
    assert_accessible(search_page)
    search_page.goto("/vragen/")
    assert_accessible(search_page)
    visitor.close()
