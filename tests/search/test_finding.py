"""Finding by meaning, with the real model: the worker embeds what changes, search finds a
paraphrase that shares no word, across Dutch and English, says plainly when nothing is
close, and the question page reads stored neighbours instead of searching."""

from http import HTTPStatus
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from semantic.models import Embedding, Neighbour
from tests.factories import InitiativeFactory
from vraagbaak.services.questions import question_create

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("embeddings")]

MENTION = "Moet ik vermelden dat een tekst met hulp van AI is geschreven?"


@pytest.fixture
def questions(theme, asker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = [
            question_create(author=asker, title=title, body=body, theme=theme)
            for title, body in [
                (MENTION, "Een collega liet een brief aan een inwoner opstellen door Copilot."),
                ("Welke spraak-naar-tekstsoftware werkt goed in het Nederlands?",
                 "We willen interviews uitschrijven zonder ze zelf uit te typen."),
                ("Hoe voorkom je discriminatie bij risicoprofilering?",
                 "Ons team selecteert dossiers voor controle met een model."),
            ]
        ]
    return made


def test_the_worker_embeds_a_new_question_and_stores_its_neighbours(questions):
    assert Embedding.objects.filter(kind="question").count() == 3
    first = questions[0]
    stored = Neighbour.objects.filter(kind="question", object_id=first.pk, other_kind="question")
    assert set(stored.values_list("other_id", flat=True)) == {q.pk for q in questions[1:]}
    # The later questions were offered to the earlier ones' lists as they came.
    assert Neighbour.objects.filter(kind="question", other_id=questions[2].pk).count() == 2


def test_an_unchanged_text_is_not_embedded_again(questions, monkeypatch):
    from semantic.backends import get_backend

    calls = []
    backend = get_backend()
    monkeypatch.setattr(backend, "passages", lambda texts: calls.append(texts))
    out = StringIO()
    call_command("search_index", "--no-neighbours", stdout=out)
    assert calls == []
    assert "questions" in out.getvalue() and "/s" in out.getvalue()


def test_search_finds_a_paraphrase_that_shares_no_word(client, questions):
    response = client.get(reverse("vraagbaak:search"),
                          {"q": "brief zeggen kunstmatige intelligentie gebruikt"})
    assert response.status_code == HTTPStatus.OK
    assert response.context["results"][0].title == MENTION
    assert not response.context["nothing_close"]


def test_search_says_nothing_is_close_and_offers_to_ask_with_the_text(client, questions):
    query = "Wat is een goed recept voor appeltaart?"
    response = client.get(reverse("vraagbaak:search"), {"q": query})
    assert response.context["nothing_close"]
    html = response.content.decode()
    assert "data-nothing-close" in html
    ask_url = response.context["ask_url"]
    assert ask_url.startswith(reverse("vraagbaak:question-ask"))
    client.force_login(questions[0].author)
    form_page = client.get(ask_url)
    assert form_page.context["form"]["title"].value() == query


def test_a_dutch_query_finds_an_english_registry_entry(client, db):
    parking = InitiativeFactory(
        title="Parking control by means of scan cars",
        summary="Municipalities check parking permits with cars that scan licence plates.",
    )
    InitiativeFactory(title="Tree monitor", summary="Detecting illegal logging with satellites.")
    call_command("search_index", stdout=StringIO())
    listing = client.get(reverse("initiatives:initiative-list"),
                         {"q": "parkeercontrole met scanauto's"})
    assert listing.context["page_obj"].object_list[0] == parking
    api = client.get(reverse("initiatives:api-initiative-list"), {"q": "parkeercontrole"}).json()
    assert api["results"][0]["slug"] == parking.slug


def test_a_near_duplicate_is_shown_prominently_before_posting(client, questions, asker):
    client.force_login(asker)
    typed = client.get(reverse("vraagbaak:question-similar"),
                       {"title": "Moet ik melden dat een tekst met AI is geschreven?"})
    assert typed.context["similar"][0].title == MENTION
    assert typed.context["similar"][0].is_near_duplicate
    assert "data-near-duplicate" in typed.content.decode()
    count = questions[0].__class__.objects.count()
    posted = client.post(reverse("vraagbaak:question-ask"), {
        "title": "Moet ik melden dat een tekst met AI is geschreven?",
        "body": "Ik gebruik soms een taalmodel voor brieven. Moet dat erbij staan?",
        "theme": questions[0].theme_id, "tags": "", "action": "post",
    })
    assert posted.status_code == HTTPStatus.OK  # shown first, not saved
    assert "data-near-duplicate" in posted.content.decode()
    assert questions[0].__class__.objects.count() == count


def test_the_question_page_runs_no_search_query(client, questions):
    """The worker put the neighbours' ids in the shared cache as it stored them; the page reads
    them from the table only when the cache lost them (semantic.services.neighbour_ids)."""
    url = questions[0].get_absolute_url()
    with CaptureQueriesContext(connection) as stored:
        client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as first:
        client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    stored_sql, first_sql, sql = (" ".join(query["sql"].lower() for query in capture.captured_queries)
                                  for capture in (stored, first, context))
    assert "semantic_neighbour" not in stored_sql
    assert "semantic_neighbour" in first_sql
    assert "semantic_neighbour" not in sql
    for search_sql in ("to_tsquery", "ts_rank", "similarity(", "like"):
        assert search_sql not in first_sql, search_sql
        assert search_sql not in sql, search_sql
    assert [q.pk for q in response.context["related"]][:2] == [
        q.pk for q in response.context["related"]][:2]
    assert {q.pk for q in response.context["related"]} == {q.pk for q in questions[1:]}


def test_the_question_list_keyword_ranks_by_meaning(client, questions):
    response = client.get(reverse("vraagbaak:question-list"),
                          {"q": "gesprekken automatisch uittypen"})
    titles = [q.title for q in response.context["object_list"]]
    assert titles[0] == questions[1].title


def test_a_suggested_initiative_is_linked_only_by_the_asker_or_a_moderator(
    client, questions, other_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        initiative = InitiativeFactory(
            title="Speech to text for council meetings",
            summary="Transcribing recorded interviews and meetings automatically in Dutch.",
        )
    question = questions[1]
    url = reverse("vraagbaak:question-link-initiative", args=[question.pk, initiative.slug])
    client.force_login(question.author)
    page = client.get(question.get_absolute_url())
    assert initiative in page.context["suggested_initiatives"]
    client.force_login(other_member)
    assert client.post(url).status_code == HTTPStatus.FORBIDDEN
    assert not question.initiatives.exists()
    client.force_login(question.author)
    assert client.post(url).status_code == HTTPStatus.FOUND
    assert list(question.initiatives.all()) == [initiative]
    page = client.get(question.get_absolute_url())
    assert initiative not in page.context["suggested_initiatives"]


def test_the_duplicate_finder_offers_the_nearest_questions(questions):
    from vraagbaak.search.duplicates import duplicate_candidates

    stored = duplicate_candidates(questions[0], "")
    assert {q.pk for q in stored} == {q.pk for q in questions[1:]}
    typed = duplicate_candidates(questions[0], "profileren zonder te discrimineren")
    assert typed[0] == questions[2]


def _page_queries(client, url) -> int:
    """The queries of a page rendered for a member (no page cache), with no cached pieces."""
    from django.core.cache import caches

    client.get(url)
    for each in caches.all():
        each.clear()
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return len(context.captured_queries)


def test_stored_neighbours_cost_the_question_page_no_more_queries_than_searching(
    client, questions, other_member
):
    client.force_login(other_member)
    url = questions[0].get_absolute_url()
    with_neighbours = _page_queries(client, url)
    Neighbour.objects.all().delete()  # the page falls back to searching by tags and words
    searching = _page_queries(client, url)
    assert with_neighbours <= searching


@pytest.mark.postgres
def test_on_postgresql_the_question_page_runs_fewer_queries_than_searching(
    client, questions, other_member
):
    client.force_login(other_member)
    url = questions[0].get_absolute_url()
    with_neighbours = _page_queries(client, url)
    Neighbour.objects.all().delete()
    assert with_neighbours < _page_queries(client, url)


def test_a_search_reads_no_vectors_from_the_table_when_none_changed(
    client, questions, django_capture_on_commit_callbacks
):
    """The in-memory index asks the shared cache whether vectors changed (semantic/versions.py)
    and reads the table only then: a second search runs no query on semantic_embedding."""
    url = reverse("vraagbaak:search")
    client.get(url, {"q": "gesprekken uittypen"})
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, {"q": "brief over kunstmatige intelligentie"})
    assert response.status_code == HTTPStatus.OK
    sql = [query["sql"] for query in context.captured_queries]
    assert not [s for s in sql if "semantic_embedding" in s]
    assert len(sql) <= 10, len(sql)
    with django_capture_on_commit_callbacks(execute=True):  # the worker embeds it: the version moves
        question_create(author=questions[0].author, title="Nog een vraag over notuleren",
                        body="Tekst", theme=questions[0].theme)
    with CaptureQueriesContext(connection) as context:
        client.get(url, {"q": "notuleren"})
    assert [q for q in context.captured_queries if "semantic_embedding" in q["sql"]]
