"""Migrating moves every notification and preference from the vraagbaak's tables to
accounts.notifications' with its id, recipient, kind, read state, delivery and e-mail time;
the old foreign keys become the generic target and context. New ones follow without a
clash of ids, and migrating back restores the old rows."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from accounts.notifications.kinds import NotificationKind
from accounts.notifications.models import Notification, NotificationPreference
from accounts.notifications.services import notify
from tests.factories import AnswerFactory, InitiativeFactory, make_member

K = NotificationKind
BEFORE = [("vraagbaak", "0007_notification_variant")]
MOMENT = datetime.datetime(2026, 11, 3, 9, 30, tzinfo=datetime.UTC)


def migrate(to=None):
    executor = MigrationExecutor(connection)
    executor.migrate(to or executor.loader.graph.leaf_nodes())
    return executor


def old_models():
    state = MigrationExecutor(connection).loader.project_state(BEFORE).apps
    return state.get_model("vraagbaak", "Notification"), state.get_model(
        "vraagbaak", "NotificationPreference")


@pytest.mark.django_db(transaction=True)
def test_migrating_moves_notifications_with_their_state_and_generic_targets():
    recipient, actor = make_member(), make_member()
    answer, initiative = AnswerFactory(), InitiativeFactory()
    question = answer.question
    migrate(BEFORE)
    Old, OldPreference = old_models()
    common = {"recipient_id": recipient.pk, "created_at": MOMENT}
    rows = {
        "answer": Old.objects.create(
            **common, kind=K.ANSWER_POSTED, actor_id=actor.pk, question_id=question.pk,
            answer_id=answer.pk, event_key="answer-posted:1", delivery="immediate",
            read_at=MOMENT, emailed_at=MOMENT),
        "question": Old.objects.create(
            **common, kind=K.UNANSWERED, question_id=question.pk,
            event_key="unanswered:experts:1", delivery="digest"),
        "initiative": Old.objects.create(
            **common, kind=K.INITIATIVE_REVIEWED, actor_id=actor.pk,
            initiative_id=initiative.pk, note="Geen AI.", variant="reject",
            event_key="initiative-reviewed:reject:1:0", delivery="inapp"),
    }
    preference = OldPreference.objects.create(user_id=recipient.pk, kind=K.ANSWER_POSTED,
                                              delivery="digest")
    migrate()

    moved = {name: Notification.objects.get(pk=row.pk) for name, row in rows.items()}
    assert {n.recipient_id for n in moved.values()} == {recipient.pk}
    assert [(n.kind, n.delivery, n.read_at, n.emailed_at, n.actor_id, n.created_at)
            for n in moved.values()] == [
        (K.ANSWER_POSTED, "immediate", MOMENT, MOMENT, actor.pk, MOMENT),
        (K.UNANSWERED, "digest", None, None, None, MOMENT),
        (K.INITIATIVE_REVIEWED, "inapp", None, None, actor.pk, MOMENT),
    ]
    assert (moved["answer"].target, moved["answer"].context) == (answer, question)
    assert (moved["question"].target, moved["question"].context) == (question, question)
    assert (moved["initiative"].target, moved["initiative"].context) == (initiative, initiative)
    assert (moved["initiative"].note, moved["initiative"].variant) == ("Geen AI.", "reject")
    assert moved["answer"].event_key == "answer-posted:1"
    assert moved["answer"].get_absolute_url() == answer.get_absolute_url()
    assert NotificationPreference.objects.get(pk=preference.pk).delivery == "digest"
    # The ids go on after the moved rows (the sequences follow on PostgreSQL).
    (new,) = notify(recipients=[recipient], kind=K.ANSWER_ACCEPTED, event_key="new", target=answer)
    assert new.pk > max(row.pk for row in rows.values())

    migrate(BEFORE)
    Old, OldPreference = old_models()
    back = {row.pk: row for row in Old.objects.all()}
    assert (back[rows["answer"].pk].question_id, back[rows["answer"].pk].answer_id) == (
        question.pk, answer.pk)
    assert back[rows["question"].pk].answer_id is None
    assert back[rows["initiative"].pk].initiative_id == initiative.pk
    assert back[rows["answer"].pk].read_at == MOMENT and len(back) == 4
    assert OldPreference.objects.get(pk=preference.pk).delivery == "digest"
    migrate()
    assert Notification.objects.count() == 4
