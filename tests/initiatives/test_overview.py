"""The registry at a glance (issue 11): published initiatives per theme and per status, as SVG
bar charts with a table of the same figures, on the registry and the home page, and the newest
good examples; three queries, then the cache until the content changes."""

import re

import pytest
from django.urls import reverse

from accounts.content_version import content_changed
from initiatives.overview import (
    BAR_HEIGHT,
    CHART_WIDTH,
    LABEL_CHARACTERS,
    NUMBER_SPACE,
    Bar,
    Chart,
    registry_overview,
)
from initiatives.vocabularies import Status

pytestmark = pytest.mark.django_db

LIST = reverse("initiatives:initiative-list")


def figures(chart) -> dict[str, int]:
    return {bar.value: bar.count for bar in chart.bars}


def test_counts_per_theme_and_status_of_published_initiatives(registry):
    overview = registry_overview()
    (themes, *_), (statuses, *_) = overview["charts"]
    # The submitted "hidden" chatbot counts nowhere; "f" has no theme. The themes the
    # migrations ship have none and come last.
    assert {value: n for value, n in figures(themes).items() if n} == {"chat": 3, "beeld": 2,
                                                                        "plan": 2}
    assert [bar.value for bar in themes.bars[:3]] == ["chat", "beeld", "plan"]  # most first
    assert figures(statuses) == {Status.IDEE: 1, Status.ONTWIKKELING: 0, Status.PILOT: 3,
                                 Status.IN_GEBRUIK: 1, Status.GESTOPT: 1}
    assert overview["total"] == 6
    assert [initiative.slug for initiative in overview["good_examples"]] == ["a"]


def test_bars_are_as_long_as_their_share_of_the_longest(registry):
    (themes, *_), (statuses, *_) = registry_overview()["charts"]
    longest = CHART_WIDTH - NUMBER_SPACE
    assert [bar.width for bar in themes.bars[:4]] == [longest, round(longest * 2 / 3, 1),
                                                       round(longest * 2 / 3, 1), 0]
    by_status = {bar.value: bar for bar in statuses.bars}
    assert by_status[Status.PILOT].width == longest
    assert by_status[Status.ONTWIKKELING].width == 0
    assert [bar.y for bar in statuses.bars] == [0, 47, 94, 141, 188]
    assert statuses.height == 223


def test_a_long_label_takes_two_lines_and_pushes_the_rows_below_down():
    chart = Chart("thema", [Bar("AI-verordening, risico's en verantwoord gebruik", 4, "thema", "a"),
                            Bar("Kort", 2, "thema", "b")])
    long, short = chart.bars
    assert [line for line, _y in long.lines] == ["AI-verordening, risico's en", "verantwoord gebruik"]
    assert all(len(line) <= LABEL_CHARACTERS for line, _y in long.lines)
    assert long.bar_y > long.lines[-1][1] and short.y == long.bottom
    assert chart.height == short.bar_y + BAR_HEIGHT


def test_an_empty_registry_draws_empty_charts(db):
    overview = registry_overview()
    assert overview["total"] == 0 and overview["good_examples"] == []
    assert all(bar.width == 0 for chart, *_ in overview["charts"] for bar in chart.bars)


def test_three_queries_then_the_cache_until_the_content_changes(registry, django_assert_num_queries):
    with django_assert_num_queries(3):
        registry_overview()
    with django_assert_num_queries(0):
        registry_overview()
    content_changed()
    with django_assert_num_queries(3):
        registry_overview()


def _overview_html(body: str) -> str:
    start = body.index('<section class="portal-overview"')
    return body[start:body.index("</main>", start)]


@pytest.mark.parametrize(("url", "prefix"), [(LIST, "registry-overview"), ("/", "home-overview")])
def test_charts_are_labelled_images_with_a_table_that_links_to_the_registry(client, registry, url,
                                                                            prefix):
    html = _overview_html(client.get(url).content.decode())
    assert html.count('role="img"') == 2
    for labelled_by in re.findall(r'<svg[^>]*aria-labelledby="([^"]+)"', html):
        for ident in labelled_by.split():
            assert f'id="{ident}"' in html
    assert f'id="{prefix}-thema-desc">Chatbots: 3; Beeldherkenning: 2; Voorspellen: 2; ' in html
    assert html.count("<table") == 2
    assert re.search(r'<th [^>]*scope="row"><a class="nl-link" href="/initiatieven/\?thema=chat">'
                     r'Chatbots</a></th><td[^>]*>3</td>', html)
    assert 'href="/initiatieven/?status=pilot">' in html
    # The page allows no inline style (Content-Security-Policy): attributes and classes only.
    assert "style=" not in html
    assert re.search(r'<rect class="portal-chart__bar" x="0" y="\d+" width="284.0"', html)


def test_the_registry_lists_the_newest_good_examples_and_the_home_page_once(client, registry):
    body = client.get(LIST).content.decode()
    assert 'id="registry-overview-examples"' in body
    assert 'data-initiative="a"' in _overview_html(body)
    home = client.get("/").content.decode()
    assert 'id="home-overview-examples"' not in home  # the home page has its own section
    assert home.count('data-initiative="a"') == 1


def test_the_live_refresh_leaves_the_overview_out(client, registry):
    body = client.get(LIST, headers={"X-Partial": "results"}).content.decode()
    assert "portal-overview" not in body


def test_the_numbers_are_not_written_the_dutch_way(client, registry, settings):
    """A Dutch page writes 2,5 for 2.5: an SVG attribute must not."""
    html = _overview_html(client.get(LIST, headers={"Accept-Language": "nl"}).content.decode())
    assert not re.search(r'(width|x)="\d+,\d', html)
