"""A post's Markdown is rendered and sanitised once, when it is saved; pages show the stored HTML."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from tests.factories import make_member
from vraagbaak.models import Answer, Question
from vraagbaak.services.answers import answer_create, answer_edit
from vraagbaak.services.questions import question_create, question_edit
from vraagbaak.services.revisions import latest_revision_id

pytestmark = pytest.mark.django_db

UNSAFE = "Een **vet** woord <script>alert(1)</script> en [een link](javascript:alert(1))."


def test_question_and_answer_store_sanitised_html_on_create(asker, theme):
    question = question_create(author=asker, title="Een vraag met opmaak in de tekst", body=UNSAFE,
                               theme=theme)
    answer = answer_create(question=question, author=make_member(), body=UNSAFE)
    for post in (Question.objects.get(pk=question.pk), Answer.objects.get(pk=answer.pk)):
        assert "<strong>vet</strong>" in post.body_html
        assert "<script" not in post.body_html and "javascript:" not in post.body_html


def test_edits_store_the_new_html(question, answer, asker):
    question_edit(question=question, editor=asker, title=question.title, body="Nieuwe *tekst*",
                  theme=question.theme, tags=[], summary="x",
                  base_revision_id=latest_revision_id(question=question))
    answer_edit(answer=answer, editor=answer.author, body="Nieuw *antwoord* hier", summary="x",
                base_revision_id=latest_revision_id(answer=answer))
    assert "<em>tekst</em>" in Question.objects.get(pk=question.pk).body_html
    assert "<em>antwoord</em>" in Answer.objects.get(pk=answer.pk).body_html


def test_the_question_page_renders_no_markdown(client, question, answer, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("Markdown rendered during a request")

    monkeypatch.setattr("vraagbaak.models.question.render_markdown", fail)
    monkeypatch.setattr("vraagbaak.models.answer.render_markdown", fail)
    html = client.get(question.get_absolute_url()).content.decode()
    assert "<strong>Woo-verzoeken</strong>" in html
    assert answer.body.split(",")[0] in html


def test_the_migration_renders_posts_saved_before_it(question, answer):
    Question.objects.update(body_html="")
    Answer.objects.update(body_html="")
    migration = importlib.import_module("vraagbaak.migrations.0009_body_html")
    migration.render_existing(apps, None)
    assert "<strong>Woo-verzoeken</strong>" in Question.objects.get(pk=question.pk).body_html
    assert Answer.objects.get(pk=answer.pk).body_html.startswith("<p>Ja, mits")


def test_a_row_without_stored_html_still_shows_its_body(client, question):
    Question.objects.update(body_html="")
    url = reverse("vraagbaak:question-detail", args=[question.pk, question.slug])
    html = client.get(url).content.decode()
    assert "<strong>Woo-verzoeken</strong>" in html
