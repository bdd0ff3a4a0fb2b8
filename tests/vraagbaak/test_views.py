
"""The question pages: asking (with preview and a similar-questions check), reading, answering, editing."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from tests.factories import InitiativeFactory, ThemeFactory, make_member
from vraagbaak.models import Answer, Question, QuestionState
from vraagbaak.services.answers import answer_accept, answer_create
from vraagbaak.services.questions import question_create
from vraagbaak.services.revisions import latest_revision_id
from vraagbaak.services.view_counts import view_counts_flush
from vraagbaak.services.votes import vote_set

pytestmark = pytest.mark.django_db

ASK = reverse("vraagbaak:question-ask")


def ask_data(theme_obj, **overrides):
    data = {"title": "Hoe anonimiseer ik documenten met AI?", "body": "Wij willen **stukken** lakken.",
            "theme": theme_obj.pk, "tags": "Anonimiseren, Woo", "action": "post"}
    return {**data, **overrides}


def test_member_asks_a_question_with_normalised_tags(member_client, theme, member):
    response = member_client.post(ASK, ask_data(theme))
    question = Question.objects.get()
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == question.get_absolute_url()
    assert (question.author, question.state) == (member, QuestionState.OPEN)
    assert sorted(question.tags.names()) == ["anonimiseren", "woo"]


@pytest.mark.parametrize(("field", "value", "code_text"), [
    ("title", "Te kort?", "title"),
    ("title", "x" * 151, "title"),
    ("body", "   ", "body"),
    ("theme", "", "theme"),
    ("tags", "a, b, c, d, e, f", "tags"),
    ("tags", "<script>", "tags"),
])
def test_form_with_errors_keeps_everything_typed(member_client, theme, field, value, code_text):
    data = ask_data(theme, **{field: value})
    response = member_client.post(ASK, data)
    assert response.status_code == HTTPStatus.OK
    assert not Question.objects.exists()
    form = response.context["form"]
    assert code_text in form.errors
    html = response.content.decode()
    assert "Wij willen **stukken** lakken." in html or field == "body"
    assert form["title"].value() == data["title"]


def test_preview_renders_markdown_without_saving(member_client, theme):
    response = member_client.post(ASK, ask_data(theme, action="preview"))
    assert response.status_code == HTTPStatus.OK
    assert "<strong>stukken</strong>" in response.content.decode()
    assert not Question.objects.exists()


def test_similar_questions_are_shown_before_saving_without_javascript(member_client, question, theme):
    data = ask_data(theme, title="Mag ik een taalmodel gebruiken voor Woo-verzoeken?")
    response = member_client.post(ASK, data)
    assert response.status_code == HTTPStatus.OK
    assert response.context["confirming"]
    assert question in response.context["similar"]
    assert Question.objects.count() == 1
    response = member_client.post(ASK, {**data, "similar_checked": data["title"]})
    assert response.status_code == HTTPStatus.FOUND
    assert Question.objects.count() == 2


def test_similar_fragment_for_the_typed_title(client, question):
    response = client.get(reverse("vraagbaak:question-similar"), {"title": "taalmodel Woo-verzoeken"})
    assert question.get_absolute_url() in response.content.decode()
    assert "<html" not in response.content.decode()


def test_preview_endpoint_returns_sanitised_fragment(member_client):
    response = member_client.post(reverse("vraagbaak:markdown-preview"),
                                  {"text": "**vet** <script>alert(1)</script>"})
    html = response.content.decode()
    assert "<strong>vet</strong>" in html
    assert "<script" not in html


def test_ask_form_preselects_an_initiative(member_client):
    initiative = InitiativeFactory()
    response = member_client.get(ASK, {"initiatief": initiative.slug})
    assert response.context["form"]["initiatives"].value() == [initiative.slug]


def test_old_or_missing_slug_redirects_to_the_current_one(client, question):
    for url in (f"/vragen/{question.pk}/", f"/vragen/{question.pk}/oude-titel/"):
        response = client.get(url)
        assert response.status_code == HTTPStatus.MOVED_PERMANENTLY
        assert response["Location"] == question.get_absolute_url()


def test_view_counts_once_per_session(client, question):
    client.get(question.get_absolute_url())
    client.get(question.get_absolute_url())
    view_counts_flush()
    question.refresh_from_db()
    assert question.view_count == 1


def test_answers_accepted_first_then_votes_then_oldest(client, question, answer, asker):
    second = answer_create(question=question, author=make_member(), body="Tweede antwoord, later.")
    third = answer_create(question=question, author=make_member(), body="Derde antwoord, met stemmen.")
    vote_set(user=asker, post=third, value=1)
    response = client.get(question.get_absolute_url())
    assert [a.pk for a in response.context["answers"]] == [third.pk, answer.pk, second.pk]
    answer_accept(answer=second, accepted_by=asker)
    response = client.get(question.get_absolute_url())
    assert [a.pk for a in response.context["answers"]] == [second.pk, third.pk, answer.pk]


def test_member_answers_and_a_second_answer_gets_a_warning(client, question):
    member = make_member()
    client.force_login(member)
    url = reverse("vraagbaak:answer-create", args=[question.pk])
    response = client.post(url, {"body": "Gebruik een lokaal model in de eigen omgeving."})
    assert response.status_code == HTTPStatus.FOUND
    assert client.get(question.get_absolute_url()).context["has_answered"]
    response = client.post(url, {"body": "Nog een tweede antwoord van hetzelfde lid."})
    assert response.status_code == HTTPStatus.FOUND
    assert Answer.objects.filter(author=member).count() == 2


def test_pending_answer_author_sees_review_notice(client, question, settings):
    settings.ANSWER_REVIEW_THRESHOLD = 1
    newcomer = make_member()
    client.force_login(newcomer)
    response = client.post(reverse("vraagbaak:answer-create", args=[question.pk]),
                           {"body": "Mijn eerste antwoord in de vraagbaak."}, follow=True)
    answer = Answer.objects.get(author=newcomer)
    assert answer.state == "pending"
    assert response.context["answers"][0].is_pending


def test_answer_with_errors_keeps_the_text(member_client, question):
    response = member_client.post(reverse("vraagbaak:answer-create", args=[question.pk]), {"body": "kort"})
    assert response.status_code == HTTPStatus.OK
    assert "kort</textarea>" in response.content.decode()


def test_vote_again_withdraws(client, question, answer):
    voter = make_member()
    client.force_login(voter)
    url = reverse("vraagbaak:answer-vote", args=[answer.pk])
    client.post(url, {"value": "up"})
    answer.refresh_from_db()
    assert answer.score == 1
    client.post(url, {"value": "down"})
    answer.refresh_from_db()
    assert answer.score == -1
    client.post(url, {"value": "down"})
    answer.refresh_from_db()
    assert answer.score == 0


def test_asker_accepts_and_changes_acceptance(client, question, answer, asker):
    other = answer_create(question=question, author=make_member(), body="Een ander goed antwoord.")
    client.force_login(asker)
    client.post(reverse("vraagbaak:answer-accept", args=[answer.pk]))
    question.refresh_from_db()
    assert question.accepted_answer == answer
    client.post(reverse("vraagbaak:answer-accept", args=[other.pk]))
    question.refresh_from_db()
    assert (question.accepted_answer, question.state) == (other, QuestionState.RESOLVED)


def test_comment_links_are_clickable_and_text_escaped(client, question):
    client.force_login(make_member())
    client.post(reverse("vraagbaak:question-comment", args=[question.pk]),
                {"body": "Zie https://www.autoriteitpersoonsgegevens.nl <b>let op</b>"})
    html = client.get(question.get_absolute_url()).content.decode()
    assert 'href="https://www.autoriteitpersoonsgegevens.nl" rel="nofollow ugc noopener"' in html
    assert "&lt;b&gt;let op&lt;/b&gt;" in html


def test_edit_conflict_keeps_the_editors_text(client, question, asker, theme):
    client.force_login(asker)
    url = reverse("vraagbaak:question-edit", args=[question.pk])
    base = latest_revision_id(question=question)
    data = {"title": question.title, "body": "Eerste wijziging", "theme": theme.pk, "tags": "woo",
            "summary": "eerste", "base_revision": base, "action": "save"}
    assert client.post(url, data).status_code == HTTPStatus.FOUND
    stale = {**data, "body": "Mijn eigen verouderde tekst", "summary": "tweede"}
    response = client.post(url, stale)
    assert response.status_code == HTTPStatus.OK
    assert response.context["conflict"] is not None
    assert "Mijn eigen verouderde tekst</textarea>" in response.content.decode()
    question.refresh_from_db()
    assert question.body == "Eerste wijziging"
    # Saving again, after seeing the newer version, is a deliberate choice.
    again = {**stale, "base_revision": response.context["form"]["base_revision"].value()}
    assert client.post(url, again).status_code == HTTPStatus.FOUND
    question.refresh_from_db()
    assert question.body == "Mijn eigen verouderde tekst"


def test_revision_history_shows_a_diff(client, question, asker, theme):
    client.force_login(asker)
    client.post(reverse("vraagbaak:question-edit", args=[question.pk]), {
        "title": question.title, "body": "Een geheel nieuwe regel", "theme": theme.pk, "tags": "",
        "summary": "Herschreven", "base_revision": latest_revision_id(question=question), "action": "save"})
    html = client.get(reverse("vraagbaak:question-revisions", args=[question.pk])).content.decode()
    assert "Herschreven" in html
    assert "portal-diff__line--added" in html and "Een geheel nieuwe regel" in html
    assert "portal-diff__line--removed" in html


def test_list_filters_and_sorts(client, question, answer, theme):
    unanswered = question_create(author=make_member(), title="Welke AI-tools mag ik op kantoor gebruiken?",
                                 body="Vraag", theme=theme, tags=["copilot"])
    response = client.get(reverse("vraagbaak:question-list"), {"sorteer": "onbeantwoord"})
    assert list(response.context["object_list"]) == [unanswered]
    response = client.get(reverse("vraagbaak:question-list"), {"tag": "copilot"})
    assert list(response.context["object_list"]) == [unanswered]
    response = client.get(reverse("vraagbaak:question-list"), {"status": "answered", "thema": theme.slug})
    assert list(response.context["object_list"]) == [question]
    response = client.get(reverse("vraagbaak:question-list"), {"sorteer": "bogus", "thema": "nope"})
    assert response.status_code == HTTPStatus.OK


def test_old_sort_parameter_still_sorts_the_question_list(client, question, answer, theme):
    """Links made before the parameter was named `sorteer` (as in the registry) keep working."""
    unanswered = question_create(author=make_member(), title="Welke AI-tools mag ik op kantoor gebruiken?",
                                 body="Vraag", theme=theme, tags=["copilot"])
    for name in ("sort", "sorteer"):
        response = client.get(reverse("vraagbaak:question-list"), {name: "onbeantwoord"})
        assert list(response.context["object_list"]) == [unanswered]
        assert response.context["filter_form"]["sorteer"].value() == "onbeantwoord"
    response = client.get(reverse("vraagbaak:question-list"), {"sort": "onbeantwoord", "sorteer": "nieuw"})
    assert list(response.context["object_list"]) == [unanswered, question]


@pytest.mark.parametrize("q", ["", "   ", "?!.,;:'\"()", "-", "x" * 2000, "\"niet afgesloten", "or or -"])
def test_search_odd_queries_give_a_friendly_page(client, question, q):
    response = client.get(reverse("vraagbaak:search"), {"q": q})
    assert response.status_code == HTTPStatus.OK


def test_search_finds_title_and_body_words(client, question):
    response = client.get(reverse("vraagbaak:search"), {"q": "taalmodel"})
    assert question in response.context["results"]


def test_feeds_are_atom_and_list_questions_and_answers(client, question, answer):
    for url in (reverse("vraagbaak:feed-questions"),
                reverse("vraagbaak:feed-theme", args=[question.theme.slug]),
                reverse("vraagbaak:feed-tag", args=["woo"])):
        response = client.get(url)
        assert response["Content-Type"].startswith("application/atom+xml")
        assert question.title in response.content.decode()
    response = client.get(reverse("vraagbaak:feed-answers", args=[question.pk]))
    assert "eigen omgeving" in response.content.decode()


def test_home_shows_recent_unanswered_and_themes(client, question, theme):
    response = client.get(reverse("vraagbaak:home"))
    assert question in response.context["recent_questions"]
    themes = {t.slug: t.question_count for t in response.context["themes"]}
    assert themes[theme.slug] == 1


def test_theme_profile_and_organisation_pages_list_questions(client, question, asker, theme):
    for url in (theme.get_absolute_url(), asker.get_absolute_url(), asker.organisation.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK
        assert question.get_absolute_url() in response.content.decode(), url


def test_an_invalid_filter_is_ignored_but_the_others_apply(client, question, theme):
    other_theme_question = question_create(author=make_member(), title="Een vraag in een ander thema hier",
                                           body="x", theme=ThemeFactory())
    response = client.get(reverse("vraagbaak:question-list"), {"thema": theme.slug, "status": "bogus"})
    assert list(response.context["object_list"]) == [question]
    assert other_theme_question not in response.context["object_list"]


def test_search_shows_matching_initiatives_too(client, question):
    initiative = InitiativeFactory(title="Taalmodel voor Woo-verzoeken bij de gemeente",
                                   summary="Een taalmodel dat Woo-verzoeken samenvat.")
    response = client.get(reverse("vraagbaak:search"), {"q": "taalmodel"})
    assert initiative in response.context["initiatives"]
    assert question in response.context["results"]


def test_home_shows_featured_initiatives(client):
    good = InitiativeFactory(is_good_example=True)
    response = client.get(reverse("vraagbaak:home"))
    assert good in list(response.context["featured_initiatives"])
