"""Related questions are chosen once an hour per question, but shown only as the reader may see them:
a question hidden since is gone from every related list at once."""

import pytest

from tests.factories import make_member
from vraagbaak.models import Question
from vraagbaak.services.questions import question_create

pytestmark = pytest.mark.django_db


def test_a_hidden_question_leaves_the_cached_related_list_at_once(member_client, theme):
    question = question_create(author=make_member(), title="Woo-verzoeken samenvatten met een taalmodel",
                               body="Tekst", theme=theme, tags=["woo", "taalmodel"])
    other = question_create(author=make_member(), title="Taalmodel voor Woo-besluiten inzetten",
                            body="Tekst", theme=theme, tags=["woo", "taalmodel"])
    first = member_client.get(question.get_absolute_url())
    assert other in first.context["related"]
    Question.objects.filter(pk=other.pk).update(is_hidden=True)
    again = member_client.get(question.get_absolute_url())
    assert other not in again.context["related"]
    assert other.title not in again.content.decode()


def test_the_visitors_fragment_is_built_once_per_content_version(settings):
    from accounts.content_version import content_changed
    from vraagbaak.fragments import for_visitors

    built = []

    def build():
        built.append(1)
        return {"answers": len(built)}

    settings.PAGE_CACHE_SECONDS = 600
    assert for_visitors("question", 7, build) == {"answers": 1}
    assert for_visitors("question", 7, build) == {"answers": 1}
    assert for_visitors("question", 8, build) == {"answers": 2}  # per item
    content_changed()  # a write: the next visitor builds it again
    assert for_visitors("question", 7, build) == {"answers": 3}


def test_the_visitors_fragment_is_off_with_the_page_cache(settings):
    from vraagbaak.fragments import for_visitors

    settings.PAGE_CACHE_SECONDS = 0
    calls = []
    for _ in range(2):
        for_visitors("question", 7, lambda: calls.append(1))
    assert len(calls) == 2
