"""List, detail and search pages run the same small number of queries however much is on them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import make_member
from vraagbaak.services.answers import answer_accept, answer_create
from vraagbaak.services.comments import comment_create
from vraagbaak.services.questions import question_create
from vraagbaak.services.votes import vote_set

pytestmark = pytest.mark.django_db

# A ceiling that catches a query added per row; the signed-in member's question page on
# PostgreSQL is the largest (18): session and user, the question with its comments, tags and
# initiatives, answers with comments, the viewer's votes, moderation context (the theme's
# experts, follows, flags), the related rows (their ids cached: vraagbaak/fragments.py), and
# since issue 9 the answers' sources (one prefetch) and the questions closed as duplicates.
# Savepoints of the test's own transaction are not counted.
MAX_QUERIES = 18
# A reader's page rendered (the page cache off, or a miss), with cached fragments warm.
MAX_ANONYMOUS_QUERIES = 8


def count_queries(client, url) -> int:
    """Statements sent for one page; the savepoints of the test's own transaction do not count."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return sum(1 for query in context.captured_queries
               if not query["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT")))


def fill_question(question, answers: int, voter):
    for n in range(answers):
        answer = answer_create(question=question, author=make_member(),
                               body=f"Antwoord nummer {n} op de vraag.")
        comment_create(author=voter, post=answer, body=f"Reactie op {n}: zie https://example.nl")
        comment_create(author=make_member(), post=answer, body="Nog een reactie.")
        vote_set(user=voter, post=answer, value=1 if n % 2 else -1)
    comment_create(author=voter, post=question, body="Een reactie op de vraag.")
    vote_set(user=voter, post=question, value=1)
    return question


def test_question_page_queries_do_not_grow_with_answers(client, theme, asker):
    viewer = make_member()
    small = question_create(author=asker, title="Een kleine vraag over taalmodellen", body="Tekst",
                            theme=theme, tags=["woo"])
    big = question_create(author=asker, title="Een grote vraag over taalmodellen", body="Tekst",
                          theme=theme, tags=["woo", "avg", "dpia", "copilot", "taalmodel"])
    fill_question(small, 1, viewer)
    fill_question(big, 30, viewer)
    answer_accept(answer=big.answers.last(), accepted_by=asker)
    client.force_login(viewer)
    # Warm up: the first view writes the session and the view count.
    client.get(small.get_absolute_url())
    client.get(big.get_absolute_url())
    small_count = count_queries(client, small.get_absolute_url())
    big_count = count_queries(client, big.get_absolute_url())
    response = client.get(big.get_absolute_url())
    assert len(response.context["answers"]) == 30
    assert big_count == small_count
    assert big_count <= MAX_QUERIES, big_count


@pytest.mark.parametrize("url_name", ["vraagbaak:question-list", "vraagbaak:home"])
def test_list_queries_do_not_grow_with_questions(client, theme, url_name):
    question_create(author=make_member(), title="Eerste vraag over taalmodellen", body="x", theme=theme,
                    tags=["woo"])
    client.force_login(make_member())
    client.get(reverse(url_name))  # warm up: the session, and the registry overview's cache
    few = count_queries(client, reverse(url_name))
    for n in range(30):
        question = question_create(author=make_member(), title=f"Vraag {n} over taalmodellen en AI",
                                   body="x", theme=theme, tags=["woo", f"tag{n}", "avg"])
        if n % 3 == 0:
            fill_question(question, 1, make_member())
    many = count_queries(client, reverse(url_name))
    assert many == few
    assert many <= MAX_QUERIES


def test_search_queries_do_not_grow_with_results(client, theme):
    question_create(author=make_member(), title="Eerste vraag over taalmodellen", body="x", theme=theme,
                    tags=["woo"])
    url = reverse("vraagbaak:search") + "?q=taalmodellen"
    few = count_queries(client, url)
    for n in range(30):
        question_create(author=make_member(), title=f"Vraag {n} over taalmodellen", body="x", theme=theme,
                        tags=["woo", f"tag{n}"])
    many = count_queries(client, url)
    assert many == few
    assert many <= MAX_QUERIES


def _fill_site(theme):
    for n in range(12):
        question = question_create(author=make_member(), title=f"Vraag {n} over taalmodellen en AI",
                                   body="Tekst met **nadruk**", theme=theme, tags=["woo", f"tag{n}", "avg"])
        fill_question(question, 2, make_member())
    return question


@pytest.mark.parametrize(("url_name", "ceiling"), [
    # The home page (issue 13): themes with counts, their experts, good examples, open
    # questions with their tags, and the community's numbers (answered, taking part).
    ("vraagbaak:home", 7), ("vraagbaak:question-list", 4), ("vraagbaak:search", 5),
])
def test_anonymous_pages_run_few_queries(client, theme, url_name, ceiling):
    _fill_site(theme)
    url = reverse(url_name) + ("?q=taalmodellen" if url_name == "vraagbaak:search" else "")
    client.get(url)
    assert count_queries(client, url) <= ceiling <= MAX_ANONYMOUS_QUERIES


def test_anonymous_question_page_runs_few_queries(client, theme):
    """Question, its comments, tags and initiatives, the answers with their comments, the theme's
    experts, and the related questions: their ids come from the cache once chosen (one query for the rows).
    Since issue 9 also the answers' sources (one prefetch) and the questions closed as its duplicates."""
    from accounts.content_version import content_changed

    question = _fill_site(theme)
    content_changed()
    cold = count_queries(client, question.get_absolute_url())
    warm = count_queries(client, question.get_absolute_url())
    assert warm == 8, warm
    assert cold <= 15, cold


def test_the_visitors_side_of_a_question_page_comes_from_the_cache(client, theme, settings):
    """With the page cache on, a question page it cannot serve (another address, another
    language) reads only the question with its tags: its answers and comments, its linked and
    suggested initiatives, experts, duplicates and related questions are the visitors'
    fragment of this content version. The first request after a write builds them again."""
    settings.PAGE_CACHE_SECONDS = 600
    question = _fill_site(theme)
    url = question.get_absolute_url()
    client.get(url + "?van=1")
    assert count_queries(client, url + "?van=2") == 2
    member = make_member()
    writer = type(client)()
    writer.force_login(member)
    assert writer.post(reverse("vraagbaak:question-comment", args=[question.pk]),
                       {"body": "Een nieuwe reactie"}).status_code == 302
    after_write = count_queries(client, url + "?van=3")
    assert after_write <= 10, after_write
    assert count_queries(client, url + "?van=4") == 2


def test_a_page_from_the_page_cache_runs_no_query(client, theme, settings):
    settings.PAGE_CACHE_SECONDS = 600
    question = _fill_site(theme)
    for url in (question.get_absolute_url(), reverse("vraagbaak:question-list"),
                reverse("vraagbaak:search") + "?q=taalmodellen"):
        client.get(url)
        assert count_queries(client, url) == 0, url
