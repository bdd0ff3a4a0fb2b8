"""People's content carries its own language where it differs from the page's (WCAG 3.1.2,
issue 13): Dutch questions on English pages say lang="nl"; the Tech Watch's English
initiatives say lang="en" on Dutch pages; content in the page's language says nothing."""

import re

import pytest

from initiatives.vocabularies import ContentLanguage
from tests.factories import InitiativeFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def page(client, url, language):
    client.cookies["django_language"] = language
    return client.get(url).content.decode()


def test_a_dutch_question_is_marked_dutch_on_an_english_page_only(client):
    question = QuestionFactory(title="Mag een taalmodel Woo-verzoeken samenvatten?")
    title = re.escape(question.title)
    assert re.search(r'<h1[^>]*lang="nl"[^>]*>' + title, page(client, question.get_absolute_url(), "en"))
    dutch = page(client, question.get_absolute_url(), "nl")
    assert re.search(r'<h1 class="nl-heading nl-heading--level-1">' + title, dutch)


def test_an_english_initiative_is_marked_english_on_a_dutch_page(client):
    initiative = InitiativeFactory(title="Speech lab for the police", language=ContentLanguage.ENGLISH,
                                   indexed=False)
    url = initiative.get_absolute_url()
    assert re.search(r'<h1[^>]*lang="en"[^>]*>Speech lab', page(client, url, "nl"))
    assert not re.search(r'<h1[^>]*lang=', page(client, url, "en"))
    listing = page(client, "/initiatieven/", "nl")
    assert re.search(r'<a [^>]*lang="en"[^>]*>Speech lab for the police</a>', listing)


def test_tech_watch_imports_are_english():
    from initiatives import demo
    from initiatives.models import Initiative

    assert demo.load_tech_watch().created
    assert set(Initiative.objects.filter(source="pstw").values_list("language", flat=True)) == {"en"}
