"""The home page as the information point (issue 13): one search box, theme tiles with their
description, counts and experts, the newest good examples, the open questions that need an
answer (closed ones left out, each row with its state), and the community's numbers; in a
fixed number of queries however much there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import roles
from tests.factories import (
    AnswerFactory,
    InitiativeFactory,
    OrganisationFactory,
    QuestionFactory,
    ThemeFactory,
    make_member,
    make_role,
)
from vraagbaak.choices import QuestionState
from vraagbaak.services.answers import answer_create
from vraagbaak.services.questions import question_create

pytestmark = pytest.mark.django_db

# Session, user and the header (4), themes with counts, their experts, good examples,
# open questions with their tags, and three numbers.
HOME_MAX_QUERIES = 14


def home(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return response, len(queries.captured_queries)


def fill(n: int):
    for i in range(n):
        theme = ThemeFactory(description=f"Waar thema {i} over gaat.")
        theme.experts.add(make_role(roles.EXPERT), make_role(roles.EXPERT))
        InitiativeFactory(themes=[theme], is_good_example=True, indexed=False)
        question = question_create(author=make_member(organisation=OrganisationFactory()),
                                   title=f"Vraag {i} over een taalmodel", body="x", theme=theme,
                                   tags=["woo", f"tag{i}"])
        if i % 2:
            answer_create(question=question, author=make_member(), body="Een antwoord.")


def test_home_queries_do_not_grow_with_themes_questions_and_initiatives(client):
    fill(2)
    client.force_login(make_member())
    client.get("/")  # the first visit writes the session
    _response, few = home(client)
    fill(12)
    _response, many = home(client)
    assert many == few
    assert many <= HOME_MAX_QUERIES, many


def test_theme_tiles_show_description_counts_and_experts(client):
    theme = ThemeFactory(name="Spraak herkennen", description="Gesprekken uitschrijven.")
    expert = make_role(roles.EXPERT, display_name="Lotte Visser")
    theme.experts.add(expert)
    InitiativeFactory(themes=[theme], indexed=False)
    InitiativeFactory(themes=[theme], indexed=False)
    QuestionFactory(theme=theme)
    QuestionFactory(theme=theme, is_hidden=True)
    response, _ = home(client)
    tile = next(t for t in response.context["themes"] if t.pk == theme.pk)
    assert (tile.question_count, tile.initiative_count) == (1, 2)
    html = response.content.decode()
    assert "Gesprekken uitschrijven." in html
    assert "Lotte Visser" in html


def test_open_questions_leave_closed_and_answered_ones_out_and_show_their_state(client):
    theme = ThemeFactory()
    waiting = QuestionFactory(theme=theme, title="Wacht nog op een antwoord")
    QuestionFactory(theme=theme, title="Een gesloten dubbele vraag", state=QuestionState.CLOSED)
    answered = question_create(author=make_member(), title="Al beantwoord", body="x", theme=theme)
    answer_create(question=answered, author=make_member(), body="Zo.")
    response, _ = home(client)
    assert [q.pk for q in response.context["open_questions"]] == [waiting.pk]
    html = response.content.decode()
    assert "Een gesloten dubbele vraag" not in html
    assert 'data-question-state>Open<' in html


def test_numbers_count_questions_answered_this_month_and_organisations_taking_part(client):
    organisation = OrganisationFactory()
    member = make_member(organisation=organisation)
    question = question_create(author=member, title="Een vraag", body="x", theme=ThemeFactory())
    AnswerFactory(question=question)
    AnswerFactory(question=question)  # two answers, one question answered
    InitiativeFactory(indexed=False)  # its lead organisation takes part too
    response, _ = home(client)
    assert response.context["answered_this_month"] == 1
    assert response.context["organisations_taking_part"] >= 2


def test_home_has_one_search_box(client):
    response, _ = home(client)
    assert response.content.decode().count('role="search"') == 1
