"""A post is visible only inside a visible thread: an answer only when its question is, a comment
only when the question or answer it belongs to is. Whoever cannot see a thread gets 404 (as for an
id that does not exist) at every address of every post in it: pages, votes, comments, flags,
edits, answers and moderation steps. Authors see their own posts only where they see the thread.
"""

import re
from http import HTTPStatus

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import URLResolver, get_resolver

from accounts import roles
from tests.factories import (
    AnswerFactory,
    CommentFactory,
    QuestionFactory,
    ThemeFactory,
    make_member,
    make_role,
)
from vraagbaak.models import Answer, AnswerState, Comment, Flag, ModerationAction, Revision, Vote
from vraagbaak.moderation.views import STEPS
from vraagbaak.permissions import post_is_visible

pytestmark = pytest.mark.django_db

# The Dutch nouns of post addresses (`<kind>` segments and the segment before an id).
NOUNS = {"vraag": "question", "vragen": "question", "antwoord": "answer", "antwoorden": "answer",
         "reactie": "comment", "reacties": "comment"}
KINDS = {"vraag": "question", "antwoord": "answer", "reactie": "comment"}
NOT_POST_IDS = {"user_pk"}
MISSING = 987654
POST_DATA = {"value": "up", "body": "Een poging in een verborgen draad", "reason": "spam",
             "note": "Een notitie", "confirmed": "1", "summary": "x", "title": "Een nieuwe titel hier"}
PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")


def _walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern),
                             pattern.namespace or namespace)
        else:
            yield namespace, prefix + str(pattern.pattern), pattern.name


def post_routes() -> list[tuple[str, str, str]]:
    """(name, route, kind of post its id addresses) of every vraagbaak URL that takes a post id.

    Read from the URLconf, so a post address added later is tested without touching this test;
    one that this cannot classify fails the test instead of being left out.
    """
    routes = []
    for namespace, route, name in _walk(get_resolver().url_patterns):
        if namespace != "vraagbaak":
            continue
        params = PARAM.findall(route)
        ids = [param for converter, param in params if converter == "int" and param not in NOT_POST_IDS]
        if not ids:
            continue
        assert ids == ["pk"], f"{name}: classify the id parameters {ids} in this test"
        if any(param == "kind" for _, param in params):
            routes += [(name, route.replace("<str:kind>", kind), post) for kind, post in KINDS.items()]
            continue
        noun = route.split("<int:pk>")[0].rstrip("/").rsplit("/", 1)[-1]
        assert noun in NOUNS, f"{name}: which post does the id in {route!r} address?"
        routes.append((name, route, NOUNS[noun]))
    return routes


def post_urls(posts: dict[str, list]) -> list[tuple[str, object]]:
    """Every address of every post in `posts` ({"question": [...], ...}), with the post."""
    urls = []
    for name, route, kind in post_routes():
        for post in posts.get(kind, []):
            values = [{"pk": post.pk}]
            if "<slug:action>" in route:
                segment = next(k for k, v in KINDS.items() if v == kind)
                values = [{"pk": post.pk, "action": action} for action in STEPS[segment]]
            for value in values:
                unknown = {param for _, param in PARAM.findall(route)} - set(value) - {"slug"}
                assert not unknown, f"{name}: give a value for {unknown} in this test"
                value.setdefault("slug", getattr(post, "slug", "x"))
                urls.append(("/" + PARAM.sub(lambda m, v=value: str(v[m.group(2)]), route), post))
    return urls


def _missing(url: str, post) -> str:
    return url.replace(f"/{post.pk}/", f"/{MISSING}/", 1)


def _counts():
    return [model.objects.count() for model in (Answer, Comment, Vote, Flag, ModerationAction, Revision)]


def assert_not_found_everywhere(client, urls):
    before = _counts()
    assert urls
    for url, post in urls:
        missing = client.get(_missing(url, post)).status_code
        assert missing in (HTTPStatus.NOT_FOUND, HTTPStatus.METHOD_NOT_ALLOWED), url
        assert client.get(url).status_code == missing, f"GET {url}"
        assert client.post(url, POST_DATA).status_code == HTTPStatus.NOT_FOUND, f"POST {url}"
    assert _counts() == before


@pytest.fixture
def other_theme(db):
    return ThemeFactory()


@pytest.fixture
def cast(theme, other_theme):
    """Who is who around a hidden question and a visible one."""
    theme_expert = make_role(roles.EXPERT)
    theme.experts.add(theme_expert)
    other_expert = make_role(roles.EXPERT)
    other_theme.experts.add(other_expert)
    return {
        "visitor": AnonymousUser(), "member": make_member(), "asker": make_member(),
        "thread_author": make_member(), "theme_expert": theme_expert,
        "other_expert": other_expert, "curator": make_role(roles.CURATOR),
    }


@pytest.fixture
def hidden_thread(cast, theme):
    """A hidden question; in it, a published answer and comments by `thread_author`."""
    question = QuestionFactory(theme=theme, author=cast["asker"], is_hidden=True, hidden_reason="spam")
    answer = AnswerFactory(question=question, author=cast["thread_author"])
    return {
        "question": question, "answer": answer,
        "question_comment": CommentFactory(question=question, author=cast["thread_author"]),
        "answer_comment": CommentFactory(question=None, answer=answer, author=cast["thread_author"]),
    }


@pytest.fixture
def visible_thread(cast, theme):
    """A visible question with a pending and a hidden answer by `thread_author`, each commented on."""
    question = QuestionFactory(theme=theme, author=cast["asker"])
    pending = AnswerFactory(question=question, author=cast["thread_author"], state=AnswerState.PENDING)
    hidden = AnswerFactory(question=question, author=cast["thread_author"], state=AnswerState.HIDDEN)
    return {
        "question": question, "pending": pending, "hidden": hidden,
        "pending_comment": CommentFactory(question=None, answer=pending, author=cast["asker"]),
        "hidden_comment": CommentFactory(question=None, answer=hidden, author=cast["asker"]),
        "published_answer": AnswerFactory(question=question),
    }


# Who sees which post of the hidden thread. The author of an answer or comment inside a hidden
# question does not: the thread is gone for everyone but its asker and moderators, and showing
# a post without its thread would show the hidden question's title with it (their own data
# stays in their personal-data download).
HIDDEN_THREAD_SEEN_BY = {"asker", "theme_expert", "curator"}
EVERYONE = {"visitor", "member", "asker", "thread_author", "theme_expert", "other_expert", "curator"}
VISIBLE_THREAD_SEEN_BY = {
    "question": EVERYONE,
    "published_answer": EVERYONE,
    "pending": {"thread_author", "theme_expert", "curator"},
    "hidden": {"thread_author", "theme_expert", "curator"},
    # A comment on an answer its writer (here the asker) cannot see is out of their sight too.
    "pending_comment": {"thread_author", "theme_expert", "curator"},
    "hidden_comment": {"thread_author", "theme_expert", "curator"},
}


@pytest.mark.parametrize("who", sorted(EVERYONE))
def test_posts_are_visible_only_inside_a_visible_thread(cast, hidden_thread, visible_thread, who):
    user = cast[who]
    cases = [(f"hidden thread: {key}", post, who in HIDDEN_THREAD_SEEN_BY)
             for key, post in hidden_thread.items()]
    cases += [(f"visible thread: {key}", post, who in VISIBLE_THREAD_SEEN_BY[key])
              for key, post in visible_thread.items()]
    for label, post, expected in cases:
        in_sql = type(post).objects.visible_to(user).filter(pk=post.pk).exists()
        assert in_sql is expected, label
        fresh = type(post).objects.get(pk=post.pk)  # without its thread loaded
        assert post_is_visible(fresh, user) is expected, f"post_is_visible disagrees: {label}"
        if who == "visitor":
            assert post_is_visible(fresh) is expected, f"without a user: {label}"


def test_url_list_covers_every_kind_of_post_address():
    names = {name for name, _, _ in post_routes()}
    assert {"question-detail", "answer-vote", "answer-comment", "flag", "moderation-step",
            "answer-accept", "answer-edit", "feed-answers"} <= names
    assert {kind for _, _, kind in post_routes()} == set(KINDS.values())


@pytest.mark.parametrize("who", ["member", "thread_author", "other_expert"])
def test_every_address_in_a_hidden_thread_is_not_found(client, cast, hidden_thread, who):
    client.force_login(cast[who])
    posts = {"question": [hidden_thread["question"]], "answer": [hidden_thread["answer"]],
             "comment": [hidden_thread["question_comment"], hidden_thread["answer_comment"]]}
    assert_not_found_everywhere(client, post_urls(posts))


@pytest.mark.parametrize("who", ["member", "asker", "other_expert"])
def test_every_address_of_an_unseen_answer_in_a_visible_question_is_not_found(
    client, cast, visible_thread, who
):
    client.force_login(cast[who])
    posts = {"answer": [visible_thread["pending"], visible_thread["hidden"]],
             "comment": [visible_thread["pending_comment"], visible_thread["hidden_comment"]]}
    assert_not_found_everywhere(client, post_urls(posts))


def test_flag_page_of_a_comment_in_a_hidden_question_shows_nothing_of_it(client, cast, hidden_thread):
    client.force_login(cast["member"])
    comment = hidden_thread["question_comment"]
    response = client.get(f"/melden/reactie/{comment.pk}/")
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert hidden_thread["question"].title not in response.content.decode()
    assert comment.body not in response.content.decode()


def test_moderators_still_reach_the_hidden_thread(client, cast, hidden_thread):
    client.force_login(cast["theme_expert"])
    question = hidden_thread["question"]
    response = client.get(question.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert f'id="reactie-{hidden_thread["answer_comment"].pk}"' in response.content.decode()
    hide_page = client.get(f"/moderatie/reactie/{hidden_thread['question_comment'].pk}/verbergen/")
    assert hide_page.status_code == HTTPStatus.OK


def test_asker_of_a_hidden_question_still_sees_its_answers_and_comments(client, cast, hidden_thread):
    client.force_login(cast["asker"])
    html = client.get(hidden_thread["question"].get_absolute_url()).content.decode()
    assert f'id="antwoord-{hidden_thread["answer"].pk}"' in html
    assert f'id="reactie-{hidden_thread["answer_comment"].pk}"' in html
