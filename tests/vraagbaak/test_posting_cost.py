"""Posting a question or an answer costs a fixed, small number of queries, and the shortcuts
that keep it small (tags of a new question, following, notify's one read) behave as the
general paths they replace."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from accounts.notifications.kinds import Delivery, NotificationKind
from accounts.notifications.models import Notification
from accounts.notifications.services import notify, preferences_set
from tests.factories import make_member
from vraagbaak.models import Answer, Question, Revision, Subscription
from vraagbaak.notifications.services import question_follow
from vraagbaak.services.answers import answer_create
from vraagbaak.services.questions import question_create


def statements(block) -> list[str]:
    """The statements `block` runs, savepoints left out (they cost a round trip each too, but
    depend on how the test nests transactions). Content types are read once per process."""
    ContentType.objects.get_for_models(Question, Answer)
    with CaptureQueriesContext(connection) as captured:
        block()
    return [q["sql"] for q in captured.captured_queries if "SAVEPOINT" not in q["sql"]]


def test_posting_a_question_runs_few_queries(theme, asker):
    Tag.objects.create(name="woo")
    Tag.objects.create(name="taalmodel")
    sql = statements(lambda: question_create(
        author=asker, title="Mag een taalmodel Woo-verzoeken samenvatten?", body="Graag **ervaringen**.",
        theme=theme, tags=["woo", "taalmodel"]))
    # Question, tag lookup, tag links, revision, (vector), follow, experts, theme followers.
    assert len(sql) <= 8, sql


def test_posting_an_answer_runs_few_queries(question, answerer):
    sql = statements(lambda: answer_create(question=question, author=answerer, body="Zo doen wij het."))
    # Lock, the author's roles, answer, revision, recount, update, follow, the asker's read and
    # insert, followers (the policy's count is off in these tests: ANSWER_REVIEW_THRESHOLD=0).
    assert len(sql) <= 10, sql


def test_a_new_questions_tags_reuse_existing_ones_whatever_their_case(theme, asker):
    existing = Tag.objects.create(name="Privacy")
    question = question_create(author=asker, title="Wat is een DPIA precies?", body="Uitleg graag.",
                               theme=theme, tags=["privacy", "dpia", "dpia"])
    assert sorted(question.tags.names()) == ["Privacy", "dpia"]
    assert question.tags.get(name="Privacy") == existing
    assert Tag.objects.filter(name__iexact="privacy").count() == 1
    assert Revision.objects.get(question=question).tags == "Privacy, dpia"


def test_a_question_without_tags_has_none(theme, asker):
    question = question_create(author=asker, title="Een vraag zonder tags", body="Tekst.", theme=theme)
    assert list(question.tags.all()) == []
    assert Revision.objects.get(question=question).tags == ""


def test_following_twice_keeps_one_subscription(question, answerer):
    question_follow(user=answerer, question=question)
    question_follow(user=answerer, question=question)
    assert Subscription.objects.filter(user=answerer, question=question).count() == 1


def test_notify_skips_who_was_told_and_who_turned_the_kind_off(question, asker):
    told, off, chosen, default = (make_member() for _ in range(4))
    kind = NotificationKind.FOLLOWED_ACTIVITY  # a digest unless chosen otherwise
    notify(recipients=[told], kind=kind, event_key="e1", target=question)
    preferences_set(user=off, deliveries={kind: Delivery.OFF})
    preferences_set(user=told, deliveries={kind: Delivery.OFF})  # told already: still once
    preferences_set(user=chosen, deliveries={kind: Delivery.IMMEDIATE})
    created = notify(recipients=[told, off, chosen, default, asker], kind=kind, event_key="e1",
                     actor=asker, target=question)
    assert {(row.recipient_id, row.delivery) for row in created} == {
        (chosen.pk, Delivery.IMMEDIATE), (default.pk, Delivery.DIGEST)}
    assert Notification.objects.filter(recipient=told).count() == 1
