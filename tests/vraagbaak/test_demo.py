"""The demo content: about fifty Dutch questions with answers, votes and comments; loading again updates."""

import io

import pytest
from django.db.models import F

from accounts import demo as accounts_demo
from vraagbaak import demo
from vraagbaak.models import Answer, Comment, PinnedAnswer, Question, QuestionState, Vote

pytestmark = pytest.mark.django_db


def counts():
    return (Question.objects.count(), Answer.objects.count(), Comment.objects.count(), Vote.objects.count(),
            PinnedAnswer.objects.count())


def test_demo_loads_questions_across_themes_and_is_idempotent():
    accounts_demo.load()
    questions = demo.load()
    first = counts()
    assert 45 <= first[0] <= 60
    assert len({q.theme_id for q in questions}) >= 13
    assert Question.objects.filter(state=QuestionState.RESOLVED).count() >= 20
    assert Question.objects.filter(state=QuestionState.OPEN).exists()
    assert len({q.author.organisation_id for q in questions}) >= 4
    # Nobody voted on their own post.
    assert not Vote.objects.filter(user=F("question__author")).exists()
    assert not Vote.objects.filter(user=F("answer__author")).exists()
    # Themes' guides pin accepted answers of their own questions, in order.
    assert first[4] >= 5
    assert not PinnedAnswer.objects.exclude(answer__question__theme=F("theme")).exists()
    assert not PinnedAnswer.objects.exclude(answer__accepted_for__isnull=False).exists()
    demo.load()
    assert counts() == first


def test_whole_demo_links_questions_and_initiatives_both_ways():
    """load_demo loads every part; demo questions are about real Tech Watch cases on their subject."""
    from django.core.management import call_command
    from django.test import override_settings

    from initiatives.models import Initiative

    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())
    linked = Question.objects.filter(initiatives__isnull=False).distinct()
    assert linked.count() >= 20
    debts = Initiative.objects.get(source="pstw", source_id="PSTW-339")
    assert debts.questions.filter(title__startswith="Mogen we voorspellen").exists()
    # Every entry of the link table is a demo question about a published initiative.
    assert set(demo.INITIATIVE_LINKS) <= set(Question.objects.values_list("title", flat=True))
    published = Initiative.objects.published()
    keys = {key for links in demo.INITIATIVE_LINKS.values() for key in links}
    found = set(published.filter(source="pstw").values_list("source_id", flat=True)) | set(
        published.filter(source="portal").values_list("slug", flat=True))
    assert keys <= found
    assert Question.objects.filter(initiatives__source="pstw").distinct().count() >= 18


def test_each_theme_module_holds_the_questions_of_one_theme():
    """demo_content is split by theme: a module per theme, and only `newest` mixes them."""
    import importlib
    import pkgutil

    from vraagbaak import demo_content

    themes_by_module = {}
    for info in pkgutil.iter_modules(demo_content.__path__):
        if info.name not in {"shape", "newest"}:
            module = importlib.import_module(f"vraagbaak.demo_content.{info.name}")
            themes_by_module[info.name] = {item["theme"] for item in module.QUESTIONS}
    assert all(len(themes) == 1 for themes in themes_by_module.values()), themes_by_module
    assert len(set().union(*themes_by_module.values())) == len(themes_by_module) == 13
