"""Readers get pages from the shared cache, with no cookie; every write through the site shows at
once; a signed-in member, an author with a pending answer or a moderator never gets a stored
page; no stored page carries a CSP nonce."""

import re
from http import HTTPStatus

import pytest
from django.test import override_settings
from django.urls import reverse

from accounts import roles
from accounts.content_version import content_version
from initiatives.vocabularies import PublicationState
from tests.factories import InitiativeFactory, MFAClient, ThemeFactory, make_member, make_role
from vraagbaak.models import AnswerState
from vraagbaak.page_cache import CACHE_HEADER
from vraagbaak.services.answers import answer_create
from vraagbaak.services.questions import question_create
from vraagbaak.services.view_counts import view_counts_flush

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.ANSWER_REVIEW_THRESHOLD = 0


@pytest.fixture
def theme():
    return ThemeFactory(name="Privacy", slug="privacy")


@pytest.fixture
def asker():
    return make_member(display_name="Sanne de Vries")


@pytest.fixture
def question(asker, theme):
    return question_create(author=asker, title="Mag een taalmodel Woo-verzoeken samenvatten?",
                           body="Wij krijgen veel Woo-verzoeken.", theme=theme, tags=["woo"])


@pytest.fixture
def answer(question):
    return answer_create(question=question, author=make_member(),
                         body="Ja, mits een mens elke samenvatting controleert.")


def signed_in(user) -> MFAClient:
    other = MFAClient()
    other.force_login(user)
    return other


def read(client, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return response


def test_reader_gets_no_cookie_and_the_second_read_is_from_the_cache(client, question):
    urls = [reverse("vraagbaak:home"), reverse("vraagbaak:question-list"),
            question.get_absolute_url(), reverse("vraagbaak:search") + "?q=taalmodel",
            reverse("initiatives:initiative-list")]
    for url in urls:
        first = read(client, url)
        assert not first.cookies, (url, first.cookies)
        assert first[CACHE_HEADER] == "miss", url
        second = read(client, url)
        assert second[CACHE_HEADER] == "hit", url
        assert second.content == first.content
        assert not second.cookies


def test_stored_page_carries_no_nonce_and_the_policy_names_none(client, question):
    for response in (read(client, question.get_absolute_url()), read(client, question.get_absolute_url())):
        assert b"nonce" not in response.content
        assert "nonce-" not in response["Content-Security-Policy"]
        assert "script-src 'self'" in response["Content-Security-Policy"]


def test_a_page_whose_view_used_a_nonce_is_not_stored(rf):
    from django.http import HttpResponse

    from vraagbaak.page_cache import _response_may_share

    request = rf.get("/")
    from django.utils.csp import LazyNonce

    request._csp_nonce = LazyNonce()
    response = HttpResponse("<p>x</p>")
    assert _response_may_share(request, response)
    str(request._csp_nonce)  # a template rendered {{ csp_nonce }}
    assert not _response_may_share(request, response)


def test_each_language_has_its_own_page(client, question):
    dutch = read(client, reverse("vraagbaak:question-list"))
    client.cookies["django_language"] = "en"
    english = read(client, reverse("vraagbaak:question-list"))
    assert english[CACHE_HEADER] == "miss"
    assert dutch.content != english.content
    assert 'lang="en"' in english.content.decode()


def test_member_never_gets_the_readers_page(client, question, asker):
    read(client, question.get_absolute_url())
    assert read(client, question.get_absolute_url())[CACHE_HEADER] == "hit"
    member = signed_in(make_member(display_name="Pieter Jansen"))
    response = read(member, question.get_absolute_url())
    assert CACHE_HEADER not in response
    assert "Pieter Jansen" in response.content.decode()
    # ... and what a member got is never stored for readers.
    assert "Pieter Jansen" not in read(client, question.get_absolute_url()).content.decode()


def test_author_sees_their_pending_answer_readers_do_not(client, question):
    newcomer = make_member(display_name="Nieuw Lid")
    with override_settings(ANSWER_REVIEW_THRESHOLD=5):
        pending = answer_create(question=question, author=newcomer, body="Mijn wachtende antwoord hier.")
    assert pending.state == AnswerState.PENDING
    read(client, question.get_absolute_url())
    assert "Mijn wachtende antwoord" not in read(client, question.get_absolute_url()).content.decode()
    own = read(signed_in(newcomer), question.get_absolute_url())
    assert "Mijn wachtende antwoord" in own.content.decode()


def test_moderator_never_gets_the_readers_page(client, question, theme):
    expert = make_role(roles.EXPERT)
    theme.experts.add(expert)
    read(client, question.get_absolute_url())
    response = read(signed_in(expert), question.get_absolute_url())
    assert CACHE_HEADER not in response


def test_messages_cookie_bypasses_the_cache(client, question):
    read(client, reverse("vraagbaak:question-list"))
    client.cookies["messages"] = "something"
    assert CACHE_HEADER not in read(client, reverse("vraagbaak:question-list"))


def test_a_stored_question_page_still_counts_each_reader(client, question):
    read(client, question.get_absolute_url())
    other = type(client)(HTTP_USER_AGENT="Een andere browser")
    assert read(other, question.get_absolute_url())[CACHE_HEADER] == "hit"
    view_counts_flush()
    question.refresh_from_db()
    assert question.view_count == 2
    crawler = type(client)(HTTP_USER_AGENT="Googlebot/2.1")
    read(crawler, question.get_absolute_url())
    view_counts_flush()
    question.refresh_from_db()
    assert question.view_count == 2


def _curation(question, answer):
    initiative = InitiativeFactory(slug="voorstel-cache", title="Voorstel in de cache",
                                   publication_state=PublicationState.SUBMITTED,
                                   submitted_by=make_member())
    return (signed_in(make_role(roles.CURATOR)),
            reverse("initiatives:curation-review", args=[initiative.slug]), {"decision": "publish"},
            reverse("initiatives:initiative-list"), "Voorstel in de cache")


def _edit(question, answer):
    from vraagbaak.services.revisions import latest_revision_id

    return (signed_in(question.author), reverse("vraagbaak:question-edit", args=[question.pk]),
            {"title": question.title, "body": "Een nieuwe tekst van de vraag", "theme": question.theme_id,
             "tags": "woo", "summary": "Tekst verduidelijkt",
             "base_revision": latest_revision_id(question=question), "action": "save"},
            question.get_absolute_url(), "Een nieuwe tekst van de vraag")


def _answer(question, answer):
    author = make_member()
    return (signed_in(author), reverse("vraagbaak:answer-create", args=[question.pk]),
            {"body": "Een tweede antwoord van dezelfde collega."},
            question.get_absolute_url(), "Een tweede antwoord van dezelfde collega")


def _comment(question, answer):
    return (signed_in(make_member()), reverse("vraagbaak:question-comment", args=[question.pk]),
            {"body": "Een reactie die iedereen ziet"}, question.get_absolute_url(),
            "Een reactie die iedereen ziet")


def _vote(question, answer):
    return (signed_in(make_member()), reverse("vraagbaak:answer-vote", args=[answer.pk]),
            {"value": "up"}, question.get_absolute_url(), re.compile(r"data-score>1<"))


def _accept(question, answer):
    return (signed_in(question.author), reverse("vraagbaak:answer-accept", args=[answer.pk]), {},
            question.get_absolute_url(), "data-accepted-badge")


def _hide(question, answer):
    expert = make_role(roles.EXPERT)
    question.theme.experts.add(expert)
    return (signed_in(expert),
            reverse("vraagbaak:moderation-step", args=["antwoord", answer.pk, "verbergen"]),
            {"reason": "spam", "note": "Reclame", "confirmed": "1"},
            question.get_absolute_url(), re.compile(r"^(?!.*mits een mens elke samenvatting).*$", re.S))


@pytest.mark.parametrize("write", [_edit, _answer, _comment, _vote, _accept, _hide, _curation],
                         ids=["edit", "answer", "comment", "vote", "accept", "moderation", "registry"])
def test_every_kind_of_write_shows_at_once(client, question, answer, write):
    writer, url, data, page, expected = write(question, answer)
    before = read(client, page)
    assert read(client, page)[CACHE_HEADER] == "hit"
    version = content_version()
    response = writer.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]
    assert content_version() != version
    after = read(client, page)
    assert after[CACHE_HEADER] == "miss"
    text = after.content.decode()
    if isinstance(expected, str):
        assert expected in text and expected not in before.content.decode()
    else:
        assert expected.search(text) and not expected.search(before.content.decode())


@pytest.mark.parametrize("write", [_edit, _answer, _comment, _vote, _accept, _hide],
                         ids=["edit", "answer", "comment", "vote", "accept", "moderation"])
def test_every_kind_of_write_shows_at_once_in_the_visitors_fragments(client, question, answer, write):
    """A question page the page cache cannot serve (each read its own address) still takes its
    answers, duplicates and neighbours from the visitors' fragment (vraagbaak/fragments.py),
    which the same version retires."""
    writer, url, data, page, expected = write(question, answer)
    before = read(client, page + "?lezer=1")
    assert read(client, page + "?lezer=2")[CACHE_HEADER] == "miss"
    response = writer.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]
    text = read(client, page + "?lezer=3").content.decode()
    if isinstance(expected, str):
        assert expected in text and expected not in before.content.decode()
    else:
        assert expected.search(text) and not expected.search(before.content.decode())


def test_the_import_job_bumps_the_version():
    from initiatives.importers.jobs import _finish
    from initiatives.models import ImportJob

    version = content_version()
    job = ImportJob.objects.create(file_name="x.csv", format="csv", content="")
    _finish(job)
    assert content_version() != version


def test_the_language_switch_needs_no_token(question):
    from django.test import Client

    reader = Client(enforce_csrf_checks=True)
    page = reader.get(reverse("vraagbaak:question-list"))
    assert "csrfmiddlewaretoken" not in page.content.decode() and not page.cookies
    response = reader.post(reverse("set_language"), {"language": "en", "next": "/vragen/"})
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == "/vragen/"
    assert response.cookies["django_language"].value == "en"
    elsewhere = reader.post(reverse("set_language"), {"language": "en", "next": "https://example.com/"})
    assert elsewhere["Location"] == "/"
