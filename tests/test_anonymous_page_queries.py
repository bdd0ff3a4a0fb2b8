"""Every page a visitor reads runs at most 8 queries, also right after a write: when the content
version moved, the page cache and the visitors' fragments are cold (issue 10). A page-cache miss
with the fragments warm runs fewer; a page from the page cache none. Enough content is on the
site (questions with answers, comments, tags and initiatives, themes with experts, organisations
as lead and partner) that a query per row would show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import roles
from accounts.content_version import content_changed
from tests.factories import InitiativeFactory, OrganisationFactory, ThemeFactory, make_member, make_role
from vraagbaak.services.answers import answer_create
from vraagbaak.services.comments import comment_create
from vraagbaak.services.questions import question_create

pytestmark = pytest.mark.django_db

MAX_QUERIES = 8
# (cold: right after a write; warm: a page-cache miss, another address, with the fragments and
# per-version counts cached). Every statement counts: these views run without a transaction.
EXPECTED = {
    "home": (8, 6),
    "question list": (4, 4),
    "tag list": (5, 5),
    "question page": (8, 2),
    "search": (5, 5),
    "registry list": (8, 5),
    "initiative page": (7, 7),
    "theme list": (1, 1),
    "theme page": (7, 7),
    "organisation list": (2, 2),
    "organisation page": (7, 7),
    "about": (0, 0),
}


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(context.captured_queries)


@pytest.fixture
def site(settings):
    settings.ANSWER_REVIEW_THRESHOLD = 0
    themes = [ThemeFactory(name=f"Thema {n}", slug=f"thema-{n}") for n in range(3)]
    organisations = [OrganisationFactory() for _ in range(3)]
    for theme, organisation in zip(themes, organisations, strict=True):
        theme.experts.add(make_role(roles.EXPERT, organisation=organisation, listed_as_expert=True))
    initiatives = [InitiativeFactory(lead_organisation=organisations[n % 3], themes=[themes[n % 3]],
                                     is_good_example=n % 2 == 0) for n in range(6)]
    for n, initiative in enumerate(initiatives[:3]):
        initiative.partner_organisations.add(organisations[(n + 1) % 3])
        initiative.tags.add("chatbot", "woo")
    for n in range(8):
        question = question_create(
            author=make_member(organisation=organisations[n % 3]),
            title=f"Vraag {n} over taalmodellen en AI", body="Tekst met **nadruk**",
            theme=themes[n % 3], tags=["woo", f"tag{n}", "avg"], initiatives=initiatives[:2])
        comment_create(author=make_member(), post=question, body="Een reactie op de vraag.")
        for a in range(2):
            answer = answer_create(question=question, author=make_member(), body=f"Antwoord {a}.")
            comment_create(author=make_member(), post=answer, body="Een reactie.")
    question_create(author=make_member(), title="Een open vraag over taalmodellen", body="Tekst",
                    theme=themes[0], tags=["woo"])
    return {
        "home": "/", "question list": "/vragen/", "tag list": "/vragen/?tag=woo",
        "question page": question.get_absolute_url(), "search": "/zoeken/?q=taalmodellen",
        "registry list": "/initiatieven/", "initiative page": initiatives[0].get_absolute_url(),
        "theme list": "/themas/", "theme page": themes[0].get_absolute_url(),
        "organisation list": "/organisaties/", "organisation page": organisations[0].get_absolute_url(),
        "about": "/over/", "initiatives": initiatives,
    }


@pytest.mark.parametrize("page", list(EXPECTED))
def test_an_anonymous_page_runs_at_most_eight_queries_after_a_write(client, site, settings, page):
    settings.PAGE_CACHE_SECONDS = 600
    url = site[page] + ("&" if "?" in site[page] else "?")
    # Choices kept an hour, whatever the version (the question page's related ids).
    client.get(url + "eerder=1")
    content_changed()
    cold = count_queries(client, url + "na=1")
    warm = count_queries(client, url + "na=2")
    assert (cold, warm) == EXPECTED[page]
    assert cold <= MAX_QUERIES
    assert count_queries(client, url + "na=2") == 0  # from the page cache


@pytest.mark.parametrize("page", list(EXPECTED))
def test_a_page_rendered_without_the_page_cache_runs_as_few(client, site, page):
    """With the page cache off (the fragments built every time), as right after a write."""
    client.get(site[page])
    content_changed()
    assert count_queries(client, site[page]) == EXPECTED[page][0]


def test_the_first_view_of_a_question_also_chooses_its_related_questions(client, site, settings):
    """Once an hour per question the full-text choice of related questions runs (ids kept in
    the cache, vraagbaak/fragments.py): the tags they share, then the rows of those and of the
    theme's newest, on PostgreSQL also the titles sharing words (ids, then rows). Two or three
    queries past the ceiling, once an hour per question, not at every write."""
    settings.PAGE_CACHE_SECONDS = 600
    content_changed()
    first = count_queries(client, site["question page"])
    assert first == (MAX_QUERIES + 2 if connection.vendor == "sqlite" else MAX_QUERIES + 3)


def test_a_question_page_with_stored_neighbours_runs_no_search(
    client, site, settings, embeddings, django_capture_on_commit_callbacks
):
    """With finding by meaning on, the worker stored the question's nearest questions and
    initiatives, and put their ids in the shared cache as it did: the page reads their rows
    (the related questions together with the questions closed as duplicates of it, the
    suggested initiatives together with the linked ones) and the theme experts of "who works
    on this", within the eight, on its first view too; it searches nothing."""
    from semantic.services import neighbours_store
    from vraagbaak.models import Question

    settings.PAGE_CACHE_SECONDS = 600
    question = Question.objects.get(title="Vraag 7 over taalmodellen en AI")
    others = list(Question.objects.exclude(pk=question.pk).order_by("pk"))
    initiatives = list(site["initiatives"])
    url = site["question page"] + "?"
    # A view before the worker stored anything (it counts the visitor's view, and caches
    # that there are no neighbours): the store must replace what the cache holds.
    client.get(url + "eerder=1")
    with django_capture_on_commit_callbacks(execute=True):
        neighbours_store(kind="question", object_id=question.pk, other_kind="question",
                         items=[(other.pk, 0.9 - n / 100) for n, other in enumerate(others[:5])])
        neighbours_store(kind="question", object_id=question.pk, other_kind="initiative",
                         items=[(i.pk, 0.9 - n / 100) for n, i in enumerate(initiatives)])
    Question.objects.filter(pk__in=[others[0].pk, others[-1].pk]).update(duplicate_of=question)
    content_changed()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url + "na=1")
    sql = [query["sql"].lower() for query in context.captured_queries]
    assert not [s for s in sql if "ts_rank" in s or "to_tsquery" in s or "similarity(" in s]
    assert len(sql) == MAX_QUERIES
    assert count_queries(client, url + "na=2") == 2  # the question and its tags
    page = response.content.decode()
    assert f'data-duplicate="{others[0].pk}"' in page and f'data-duplicate="{others[-1].pk}"' in page
    for other in others[1:5]:
        assert other.get_absolute_url() in page
    # The two the question links (site: every question links the first two) and the others
    # as suggestions.
    linked = page.split('id="initiatives-heading"')[1].split("</section>")[0]
    suggested = page.split('id="suggested-initiatives-heading"')[1].split("</section>")[0]
    for initiative in initiatives[:2]:
        assert initiative.get_absolute_url() in linked
        assert initiative.get_absolute_url() not in suggested
    assert initiatives[2].get_absolute_url() in suggested
