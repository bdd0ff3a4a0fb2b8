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
