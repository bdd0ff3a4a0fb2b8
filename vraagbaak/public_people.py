"""Whom the vraagbaak names in public: authors of posts a visitor can read
(accounts/public_profiles.py, through PUBLIC_PROFILE_FILTERS)."""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, Q

from .models import Answer, Comment, Question


def publicly_named() -> Q:
    visitor = AnonymousUser()
    # visible_to follows the thread: an answer or comment counts only where a visitor reads it.
    questions = Question.objects.visible_to(visitor)
    answers = Answer.objects.visible_to(visitor)
    comments = Comment.objects.visible_to(visitor)
    author = OuterRef("pk")
    return (Q(Exists(questions.filter(author=author)))
            | Q(Exists(answers.filter(author=author)))
            | Q(Exists(comments.filter(author=author))))
