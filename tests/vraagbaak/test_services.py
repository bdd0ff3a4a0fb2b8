"""The Q&A services keep states, counters, scores and revisions right in the same transaction."""

import pytest
from django.test import override_settings

from accounts import roles
from tests.factories import ThemeFactory, make_member, make_role
from vraagbaak.models import AnswerState, QuestionState, Revision, Vote
from vraagbaak.services.answers import (
    AnswerNotAcceptable,
    answer_accept,
    answer_create,
    answer_edit,
    answer_unaccept,
)
from vraagbaak.services.comments import comment_create
from vraagbaak.services.policy import initial_answer_state, published_post_count
from vraagbaak.services.questions import question_create, question_edit
from vraagbaak.services.revisions import EditConflict, latest_revision_id
from vraagbaak.services.votes import VoteNotAllowed, vote_set

pytestmark = pytest.mark.django_db


def test_new_question_is_open_with_slug_tags_and_first_revision(question, asker):
    assert question.state == QuestionState.OPEN
    assert question.slug == "mag-ik-een-taalmodel-gebruiken-om-woo-verzoeken-samen-te-vatten"
    assert sorted(question.tags.names()) == ["taalmodel", "woo"]
    revision = question.revisions.get()
    assert (revision.title, revision.body, revision.edited_by) == (question.title, question.body, asker)


def test_published_answer_makes_question_answered_and_counts(question, answer):
    question.refresh_from_db()
    assert answer.state == AnswerState.PUBLISHED
    assert question.state == QuestionState.ANSWERED
    assert question.answer_count == 1


def test_accepting_resolves_and_accepting_another_replaces_it(question, answer, asker):
    other = answer_create(question=question, author=make_member(), body="Nee, eerst een DPIA doen.")
    answer_accept(answer=answer, accepted_by=asker)
    question.refresh_from_db()
    assert (question.state, question.accepted_answer) == (QuestionState.RESOLVED, answer)
    answer_accept(answer=other, accepted_by=asker)
    question.refresh_from_db()
    assert question.accepted_answer == other
    answer_unaccept(question=question, accepted_by=asker)
    question.refresh_from_db()
    assert (question.state, question.accepted_answer) == (QuestionState.ANSWERED, None)


def test_pending_answer_cannot_be_accepted_and_does_not_count(question, asker):
    with override_settings(ANSWER_REVIEW_THRESHOLD=1):
        pending = answer_create(question=question, author=make_member(),
                                body="Een antwoord van een nieuw lid.")
    assert pending.state == AnswerState.PENDING
    question.refresh_from_db()
    assert (question.answer_count, question.state) == (0, QuestionState.OPEN)
    with pytest.raises(AnswerNotAcceptable):
        answer_accept(answer=pending, accepted_by=asker)


@override_settings(ANSWER_REVIEW_THRESHOLD=1)
def test_policy_new_member_pending_known_member_published(question, asker):
    newcomer = make_member()
    assert initial_answer_state(author=newcomer, question=question) == AnswerState.PENDING
    # The asker has a visible question: one published post.
    assert initial_answer_state(author=asker, question=question) == AnswerState.PUBLISHED


def test_the_policy_counts_posts_only_up_to_its_threshold(question, asker, theme):
    for n in range(3):
        question_create(author=asker, title=f"Nog een vraag {n} over taalmodellen", body="x", theme=theme)
    answer_create(question=question, author=asker, body="Een eigen antwoord.")
    assert published_post_count(asker) == 5
    assert published_post_count(asker, up_to=2) == 2  # enough answers and questions to stop at 2
    assert published_post_count(asker, up_to=1) == 1
    assert published_post_count(asker, up_to=9) == 5
    assert published_post_count(asker, up_to=0) == 0
    assert published_post_count(make_member(), up_to=3) == 0


def test_the_policy_reads_at_most_the_threshold_of_rows(question, asker):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with override_settings(ANSWER_REVIEW_THRESHOLD=2), CaptureQueriesContext(connection) as context:
        initial_answer_state(author=asker, question=question)
    counts = [q["sql"] for q in context.captured_queries if "COUNT(" in q["sql"].upper()]
    assert counts and all("LIMIT 2" in sql or "LIMIT 1" in sql for sql in counts), counts


def test_policy_theme_reviewing_every_answer_holds_members_but_not_experts(asker):
    strict = ThemeFactory(review_every_answer=True)
    question = question_create(author=asker, title="Hoe toets ik een algoritme op bias?", body="Vraag.",
                               theme=strict)
    assert initial_answer_state(author=asker, question=question) == AnswerState.PENDING
    assert initial_answer_state(author=make_role(roles.EXPERT), question=question) == AnswerState.PUBLISHED
    # Without two-factor authentication an expert's powers do not count.
    unverified = make_role(roles.EXPERT, mfa=False)
    assert initial_answer_state(author=unverified, question=question) == AnswerState.PENDING


def test_votes_count_change_and_withdraw(question, answer, asker):
    voter = make_member()
    assert vote_set(user=voter, post=answer, value=Vote.UP) == 1
    assert vote_set(user=asker, post=answer, value=Vote.UP) == 2
    assert vote_set(user=voter, post=answer, value=Vote.DOWN) == 0
    assert vote_set(user=voter, post=answer, value=0) == 1
    assert Vote.objects.filter(answer=answer).count() == 1
    assert vote_set(user=voter, post=question, value=Vote.DOWN) == -1
    question.refresh_from_db()
    assert question.score == -1


def test_a_vote_recounts_the_score_only(question, answer, django_capture_on_commit_callbacks,
                                        django_assert_max_num_queries, monkeypatch):
    """A vote changes no text: no search vector is rebuilt and nothing waits for the worker."""
    from semantic import services as semantic

    monkeypatch.setattr(semantic, "queue_enabled", lambda: True)  # as with embeddings on
    question.refresh_from_db()
    last_activity, answers = question.last_activity_at, question.answer_count
    voter = make_member()
    # Lock, read the vote, write it, recount, update, and their savepoints.
    with django_capture_on_commit_callbacks() as callbacks, django_assert_max_num_queries(11):
        assert vote_set(user=voter, post=question, value=Vote.UP) == 1
    assert callbacks == []
    question.refresh_from_db()
    assert (question.score, question.answer_count, question.last_activity_at) == (
        1, answers, last_activity)


def test_vote_on_own_post_is_refused_and_changes_nothing(question, answer, asker, answerer):
    with pytest.raises(VoteNotAllowed):
        vote_set(user=asker, post=question, value=Vote.UP)
    with pytest.raises(VoteNotAllowed):
        vote_set(user=answerer, post=answer, value=Vote.UP)
    assert not Vote.objects.exists()
    question.refresh_from_db()
    assert question.score == 0


def test_edit_keeps_a_revision_with_summary(question, asker, theme):
    base = latest_revision_id(question=question)
    question_edit(question=question, editor=asker, title=question.title + " (AVG)", body="Nieuwe tekst",
                  theme=theme, tags=["woo"], summary="AVG toegevoegd", base_revision_id=base)
    question.refresh_from_db()
    assert question.body == "Nieuwe tekst"
    revisions = list(question.revisions.order_by("created_at", "pk"))
    assert [r.summary for r in revisions] == ["", "AVG toegevoegd"]
    assert revisions[0].body.startswith("Wij krijgen")
    assert revisions[1].tags == "woo"


def test_stale_edit_is_refused_and_overwrites_nothing(question, answer, answerer, asker, theme):
    base = latest_revision_id(question=question)
    question_edit(question=question, editor=asker, title=question.title, body="Eerste bewerking",
                  theme=theme, tags=[], summary="een", base_revision_id=base)
    with pytest.raises(EditConflict):
        question_edit(question=question, editor=asker, title=question.title, body="Oude bewerking",
                      theme=theme, tags=[], summary="twee", base_revision_id=base)
    question.refresh_from_db()
    assert question.body == "Eerste bewerking"
    answer_base = latest_revision_id(answer=answer)
    answer_edit(answer=answer, editor=answerer, body="Versie twee van het antwoord", summary="x",
                base_revision_id=answer_base)
    with pytest.raises(EditConflict):
        answer_edit(answer=answer, editor=answerer, body="Verouderd", summary="y",
                    base_revision_id=answer_base)
    answer.refresh_from_db()
    assert answer.body == "Versie twee van het antwoord"
    assert Revision.objects.filter(answer=answer).count() == 2


def test_comment_updates_last_activity(question, answerer):
    before = question.last_activity_at
    comment_create(author=answerer, post=question, body="Welke stukken zijn het?")
    question.refresh_from_db()
    assert question.last_activity_at > before
    assert question.comments.count() == 1
