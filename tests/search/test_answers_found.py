"""Answers have vectors of their own: search finds a question through what an answer says,
shows which answer matched, and never surfaces an answer that is hidden, deleted, or in a
hidden thread (the worker drops its vector, and search asks the database again anyway)."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from semantic import indexing
from semantic.models import Embedding
from tests.factories import make_member
from vraagbaak.moderation.services.hiding import post_hide
from vraagbaak.services.answers import answer_create
from vraagbaak.services.own_posts import post_delete
from vraagbaak.services.questions import question_create

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("embeddings")]

QUESTION = "Kan AI helpen bij het inventariseren van documenten voor een Woo-verzoek?"
# Met only by the second answer's text: the question's vector holds no such words.
QUERY = "semantisch zoeken moet de toegangsrechten van de bronnen respecteren"


@pytest.fixture
def thread(theme, asker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        question = question_create(
            author=asker, title=QUESTION, theme=theme,
            body="Voor een groot verzoek moeten we duizenden stukken doorlopen.")
        question_create(author=asker, theme=theme,
                        title="Welke spraak-naar-tekstsoftware werkt goed in het Nederlands?",
                        body="We willen interviews uitschrijven zonder ze zelf uit te typen.")
        plain = answer_create(question=question, author=make_member(),
                              body="Begin met een goede lijst van zoektermen per onderwerp.")
        telling = answer_create(
            question=question, author=make_member(),
            body="Wij hebben goede ervaringen met semantisch zoeken: je vindt ook documenten "
                 "waarin het onderwerp anders wordt genoemd. Let op dat de zoekindex dezelfde "
                 "toegangsrechten volgt als de bronnen.")
    return question, plain, telling


def _search(client, query=QUERY):
    response = client.get(reverse("vraagbaak:search"), {"q": query})
    assert response.status_code == HTTPStatus.OK
    return response


def _answer_vectors():
    return set(Embedding.objects.filter(kind="answer").values_list("object_id", flat=True))


def test_the_worker_embeds_each_published_answer(thread):
    _, plain, telling = thread
    assert _answer_vectors() == {plain.pk, telling.pk}


def test_search_finds_a_question_through_an_answer_and_says_which(client, thread):
    question, _, telling = thread
    response = _search(client)
    first = response.context["results"][0]
    assert first.pk == question.pk
    assert first.matched_answer.pk == telling.pk
    html = response.content.decode()
    assert "data-matched-answer" in html
    assert f'{question.get_absolute_url()}#antwoord-{telling.pk}' in html
    assert not response.context["nothing_close"]


def test_the_question_list_keyword_finds_it_through_the_answer_too(client, thread):
    question, _, telling = thread
    response = client.get(reverse("vraagbaak:question-list"), {"q": QUERY})
    first = next(iter(response.context["object_list"]))
    assert first.pk == question.pk
    assert first.matched_answer.pk == telling.pk
    assert f'#antwoord-{telling.pk}"' in response.content.decode()


def test_the_answer_lifts_its_question_above_its_own_score(thread, monkeypatch):
    """The question ranks by its answer's cosine (less the handicap) only when that is closer
    than its own; without the answer's vector it falls back to its own, lower one."""
    from django.contrib.auth.models import AnonymousUser

    from vraagbaak.models import Question
    from vraagbaak.search import clean_query
    from vraagbaak.search.hybrid import rank_questions

    question, _, telling = thread
    visible = Question.objects.visible_to(AnonymousUser())
    found = rank_questions(visible, clean_query(QUERY))
    assert found.answers == {question.pk: telling.pk}
    indexing.items_drop(kind="answer", ids=[telling.pk])
    alone = rank_questions(visible, clean_query(QUERY))
    assert alone.answers == {}
    assert alone.scores.get(question.pk, 0) < found.scores[question.pk]


def test_a_hidden_answer_loses_its_vector_and_never_surfaces(
        client, thread, django_capture_on_commit_callbacks):
    _, plain, telling = thread
    with django_capture_on_commit_callbacks(execute=True):
        post_hide(post=telling, by=make_member(), reason="spam")
    assert _answer_vectors() == {plain.pk}
    results = _search(client).context["results"]
    assert all(getattr(q, "matched_answer", None) is None for q in results)


def test_a_hidden_answer_does_not_surface_before_the_worker_ran(client, thread):
    """Search asks the database which answers are published: a stale vector finds nothing."""
    _, _, telling = thread
    post_hide(post=telling, by=make_member(), reason="spam")  # its task never runs here
    assert telling.pk in _answer_vectors()
    results = _search(client).context["results"]
    assert all(getattr(q, "matched_answer", None) is None for q in results)


def test_a_hidden_thread_drops_its_answers_and_shows_neither(
        client, thread, asker, django_capture_on_commit_callbacks):
    question, _, _ = thread
    with django_capture_on_commit_callbacks(execute=True):
        post_hide(post=question, by=make_member(), reason="spam")
    assert _answer_vectors() == set()
    assert question.pk not in [q.pk for q in _search(client).context["results"]]
    # The asker still sees the hidden question, but never through an answer.
    client.force_login(asker)
    results = _search(client).context["results"]
    assert all(getattr(q, "matched_answer", None) is None for q in results)


def test_a_deleted_answer_and_a_deleted_question_leave_no_vector(thread):
    question, plain, telling = thread
    post_delete(post=plain, by=plain.author)
    assert _answer_vectors() == {telling.pk}
    post_delete(post=question, by=question.author)
    assert _answer_vectors() == set()
    assert not Embedding.objects.filter(kind="question", object_id=question.pk).exists()


def test_indexing_again_changes_nothing_and_drops_what_should_not_be_found(thread):
    _, plain, telling = thread
    assert indexing.items_index(kind="answer", ids=[plain.pk, telling.pk]) == []
    type(plain).objects.filter(pk=plain.pk).update(state="hidden")
    assert indexing.items_index(kind="answer", ids=[plain.pk, telling.pk]) == []
    assert _answer_vectors() == {telling.pk}


def test_search_queries_do_not_grow_with_the_answers_matched(
        client, thread, theme, asker, django_capture_on_commit_callbacks):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        _search(client)  # the in-memory index takes in the new rows first
        with CaptureQueriesContext(connection) as context:
            results = _search(client).context["results"]
        return len(context.captured_queries), sum(hasattr(q, "matched_answer") for q in results)

    few, matched_few = queries()
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            question = question_create(author=asker, theme=theme, body="Graag ervaringen.",
                                       title=f"Hoe doorzoeken we archief {n} voor een verzoek?")
            answer_create(question=question, author=make_member(),
                          body="Let op dat de zoekindex dezelfde toegangsrechten volgt als de "
                               f"bronnen van archief {n}: semantisch zoeken mag niets tonen.")
    many, matched_many = queries()
    assert matched_many > matched_few
    assert many == few
