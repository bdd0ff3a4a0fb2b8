"""No XSS payload survives in any Atom feed: every feed of the portal (found in the URLconf) is
fed the payloads the pages' tests use, parsed as XML, and each element is judged as a feed
reader reads it: `type="html"` content is parsed as HTML and must hold no script, event
handler, or javascript:/data: link; every other element must be plain text (type "text"),
which readers show as written, never as markup."""

import xml.etree.ElementTree as ET
from html import unescape

import pytest
from django.contrib.syndication.views import Feed
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone

from tests.factories import InitiativeFactory, OrganisationFactory, make_member
from tests.vraagbaak.test_xss import PAYLOADS, problems_in
from vraagbaak.services.answers import answer_create
from vraagbaak.services.questions import question_create

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
TEXT_CONSTRUCTS = {"title", "subtitle", "summary", "content", "rights"}
FEEDS_TESTED_HERE = {"vraagbaak:feed-questions", "vraagbaak:feed-theme", "vraagbaak:feed-tag",
                     "vraagbaak:feed-answers", "initiatives:initiative-feed"}


def _feed_names(patterns, namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _feed_names(pattern.url_patterns, pattern.namespace or namespace)
        elif isinstance(pattern.callback, Feed):
            yield f"{namespace}:{pattern.name}"


def parse(xml: bytes) -> ET.Element:
    """The portal's own feed, made by Django's feed generator in this test: trusted XML."""
    return ET.fromstring(xml)  # noqa: S314 (our own output, not untrusted input)


def feed_problems(xml: bytes) -> list[str]:
    problems = []
    for element in parse(xml).iter():
        name = element.tag.removeprefix(ATOM)
        if name not in TEXT_CONSTRUCTS:
            continue
        kind = element.get("type", "text")
        text = element.text or ""
        if kind == "html":
            problems += [f"{name}: {problem}" for problem in problems_in(f"<main>{text}</main>")]
        elif kind != "text" or len(element):
            problems.append(f"{name} is {kind}, with child elements {list(element)}")
    return problems


def test_every_feed_of_the_portal_is_tested_here():
    assert set(_feed_names(get_resolver().url_patterns)) == FEEDS_TESTED_HERE


def test_feed_checker_catches_markup_a_reader_would_run():
    entry = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&lt;b&gt;</title>'
             '<summary type="html">{}</summary></entry></feed>')
    assert feed_problems(entry.format("&lt;img src=x onerror=alert(1)&gt;").encode())
    assert feed_problems(entry.format("&lt;a href='javascript:x'&gt;x&lt;/a&gt;").encode())
    assert not feed_problems(entry.format("&lt;p&gt;ok&lt;/p&gt;").encode())
    xhtml = '<feed xmlns="http://www.w3.org/2005/Atom"><title type="xhtml"><div/></title></feed>'
    assert feed_problems(xhtml.encode())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_payload_survives_in_any_feed(client, theme, payload):
    author = make_member(display_name=payload)
    question = question_create(
        author=author, title=f"XSS-test {payload}"[:150], body=payload, theme=theme,
        tags=[payload[:90].lower(), "xss-feed"],
    )
    answer_create(question=question, author=make_member(display_name=payload), body=payload)
    InitiativeFactory(title=payload[:150], summary=payload, published_at=timezone.now(),
                      lead_organisation=OrganisationFactory(name=payload[:100]), themes=[theme])
    urls = [
        reverse("vraagbaak:feed-questions"),
        reverse("vraagbaak:feed-theme", args=[theme.slug]),
        reverse("vraagbaak:feed-tag", args=["xss-feed"]),
        reverse("vraagbaak:feed-answers", args=[question.pk]),
        reverse("initiatives:initiative-feed"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"<entry>" in response.content, url
        assert feed_problems(response.content) == [], url


def test_initiative_summary_reads_as_the_text_written(client):
    InitiativeFactory(summary="Woo & AVG: <b>niet</b> vet", published_at=timezone.now(),
                      lead_organisation=OrganisationFactory(name="Gemeente 's-Hertogenbosch"))
    feed = parse(client.get(reverse("initiatives:initiative-feed")).content)
    summary = feed.find(f"{ATOM}entry/{ATOM}summary")
    assert summary.get("type") == "html"
    # What a reader shows: the HTML decoded once more, as text.
    assert unescape(summary.text) == "Woo & AVG: <b>niet</b> vet (Gemeente 's-Hertogenbosch)"
