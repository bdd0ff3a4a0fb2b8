"""Pending and hidden posts are seen by their author and the moderators of their theme only:
an expert of another theme sees them no more than a visitor does."""

import pytest

from tests.factories import CommentFactory
from vraagbaak.models import Answer, Comment, Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_question(question):
    question.is_hidden = True
    question.save()
    return question


@pytest.fixture
def hidden_comment(question):
    return CommentFactory(question=question, is_hidden=True)


@pytest.mark.parametrize(
    ("who", "sees"),
    [("anonymous", False), ("member", False), ("other_expert", False),
     ("answerer", True), ("theme_expert", True), ("curator", True)],
)
def test_pending_answer_visibility(request, pending_answer, who, sees):
    from django.contrib.auth.models import AnonymousUser

    user = AnonymousUser() if who == "anonymous" else request.getfixturevalue(who)
    assert Answer.objects.visible_to(user).filter(pk=pending_answer.pk).exists() is sees


@pytest.mark.parametrize(
    ("who", "sees"),
    [("member", False), ("other_expert", False), ("asker", True), ("theme_expert", True),
     ("curator", True)],
)
def test_hidden_question_and_comment_visibility(request, hidden_question, hidden_comment, who, sees):
    user = request.getfixturevalue(who)
    assert Question.objects.visible_to(user).filter(pk=hidden_question.pk).exists() is sees
    if who != "asker":
        assert Comment.objects.visible_to(user).filter(pk=hidden_comment.pk).exists() is sees
