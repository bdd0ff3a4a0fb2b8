"""Full-text search on PostgreSQL: weighted Dutch and simple vectors, websearch syntax, snippets, filters."""

import pytest
from django.urls import reverse

from tests.factories import ThemeFactory, make_member
from vraagbaak.models import Question
from vraagbaak.search import clean_query, search_questions, similar_questions
from vraagbaak.services.answers import answer_accept, answer_create
from vraagbaak.services.questions import question_create

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def ask(title, body="Een vraag zonder bijzondere woorden.", theme=None, tags=()):
    return question_create(author=make_member(), title=title, body=body,
                           theme=theme or ThemeFactory(), tags=list(tags))


def found(q, **filters):
    queryset = Question.objects.all()
    if filters:
        queryset = queryset.filter(**filters)
    return list(search_questions(queryset, clean_query(q)))


def test_indexes_exist():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'vraagbaak_question'")
        names = {row[0] for row in cursor.fetchall()}
    assert {"vraagbaak_question_search_gin", "vraagbaak_question_title_trgm_gist"} <= names


def test_title_match_outranks_body_only_match():
    body_only = ask("Hoe gaan we om met vergaderingen?", body="Wij denken aan transcriptie door software.")
    in_title = ask("Transcriptie van vergaderingen met AI", body="Mag dat zomaar?")
    assert found("transcriptie") == [in_title, body_only]


def test_dutch_stemming_finds_inflected_forms():
    question = ask("Welke risico's heeft het samenvatten van verzoeken?")
    assert question in found("samenvatting")
    assert question in found("verzoek")
    assert question in found("risico")
    other = ask("Aanbestedingen van chatbots door gemeenten", body="Tijdens vergaderingen besproken.")
    assert other in found("aanbesteding")
    assert other in found("gemeente")
    assert other in found("vergadering")
    assert other in found("chatbot")


def test_english_words_match_too():
    question = ask("Mag ik Microsoft Copilot gebruiken voor e-mails?",
                   body="Large language models en privacy.")
    assert question in found("language models")
    assert question in found("copilot")


def test_websearch_syntax_quotes_or_and_minus():
    chatbot = ask("Een chatbot voor de gemeente", body="Voor vragen over afval.")
    transcript = ask("Transcriptie van raadsvergaderingen", body="Met spraakherkenning.")
    both = ask("Chatbot en transcriptie samen", body="Kan dat?")
    assert set(found("chatbot or transcriptie")) == {chatbot, transcript, both}
    assert found("chatbot -transcriptie") == [chatbot]
    assert found('"vragen over afval"') == [chatbot]
    assert found('"afval over vragen"') == []


def test_tags_and_published_answers_are_searched():
    question = ask("Een vraag over iets anders", tags=["anonimiseren"])
    assert question in found("anonimiseren")
    answer_create(question=question, author=make_member(), body="Gebruik pseudonimisering van BSN's.")
    assert question in found("pseudonimisering")


def test_snippets_highlight_terms_and_cannot_inject_html(client):
    ask("Samenvatten met een taalmodel",
        body='<b>Pas op</b> bij het samenvatten als a < b & c > d van <script>x</script> stukken.')
    response = client.get(reverse("vraagbaak:search"), {"q": "samenvatten"})
    html = response.content.decode()
    assert "<mark>Samenvatten</mark>" in html
    assert "<mark>samenvatten</mark>" in html
    assert "a &lt; b &amp; c &gt;" in html
    assert "<b>Pas op" not in html
    assert "<script>x" not in html


def test_filters_combine_with_search(client, asker):
    privacy = ThemeFactory(slug="privacy-zoek")
    inkoop = ThemeFactory(slug="inkoop-zoek")
    a = ask("Contract voor een taalmodel", theme=privacy)
    b = ask("Inkoop van een taalmodel", theme=inkoop)
    c = ask("Nog een taalmodel voor inkoop", theme=inkoop)
    answer = answer_create(question=c, author=make_member(), body="Doe een aanbesteding.")
    answer_accept(answer=answer, accepted_by=c.author)
    response = client.get(reverse("vraagbaak:search"), {"q": "taalmodel", "thema": "inkoop-zoek"})
    assert set(response.context["results"]) == {b, c}
    response = client.get(reverse("vraagbaak:search"),
                          {"q": "taalmodel", "thema": "inkoop-zoek", "status": "resolved"})
    assert list(response.context["results"]) == [c]
    assert a not in found("taalmodel", theme=inkoop)


def test_punctuation_or_stop_words_only_give_no_results_not_errors(client):
    ask("Een vraag over de AVG")
    for q in ("!!!", "de het een", "-", '"', "or", "x" * 2000):
        assert client.get(reverse("vraagbaak:search"), {"q": q}).status_code == 200


def test_similar_questions_by_trigram_and_words():
    woo = ask("Mag ik een taalmodel gebruiken om Woo-verzoeken samen te vatten?")
    ask("Hoe richt ik een DPIA in voor een chatbot?")
    assert similar_questions(Question.objects.all(), "Taalmodel voor Woo verzoeken samenvatten") == [woo]
    assert woo in similar_questions(Question.objects.all(), "mag ik een taalmodl gebruiken")
