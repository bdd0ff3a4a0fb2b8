"""Each kind of notification has its label, default delivery and wording in one place; a
notification is worded by the variant stored with it, never by parsing its event key, and
the rows made before the variant was stored get theirs when the database is migrated."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import translation

from accounts.notifications.kinds import COMMENT, DEFAULT_DELIVERY, KINDS, NotificationKind
from accounts.notifications.models import Notification
from accounts.notifications.texts import notification_text
from initiatives.models import CurationStep
from tests.factories import InitiativeFactory, QuestionFactory, make_member

K = NotificationKind
BEFORE = [("vraagbaak", "0006_title_trigram_gist")]
AFTER = [("vraagbaak", "0007_notification_variant")]


def test_every_kind_has_a_default_delivery_and_a_wording():
    assert set(KINDS) == set(K.values) == set(DEFAULT_DELIVERY)
    for spec in KINDS.values():
        assert "%(title)s" in str(spec.text)


@pytest.mark.django_db
@pytest.mark.parametrize(("variant", "words"), [
    (CurationStep.PUBLISH, "published your initiative"),
    (CurationStep.REJECT, "did not accept your initiative"),
    ("", "reviewed your initiative"),
])
def test_a_review_is_worded_by_its_variant_whatever_its_event_key(variant, words):
    notification = Notification.objects.create(
        recipient=make_member(), kind=K.INITIATIVE_REVIEWED, target=InitiativeFactory(),
        event_key="initiative-reviewed:request-changes:1:0", variant=variant, delivery="inapp",
    )
    with translation.override("en"):
        assert words in notification_text(notification)


@pytest.mark.django_db
def test_a_comment_is_worded_as_a_comment_by_its_variant():
    notification = Notification.objects.create(
        recipient=make_member(), kind=K.FOLLOWED_ACTIVITY, target=QuestionFactory(),
        event_key="followed-activity:answer:1", variant=COMMENT, delivery="inapp",
    )
    with translation.override("en"):
        assert "commented on" in notification_text(notification)


@pytest.mark.django_db(transaction=True)
def test_migrating_gives_existing_notifications_their_variant_from_the_event_key():
    recipient, initiative, question = make_member(), InitiativeFactory(), QuestionFactory()
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps.get_model("vraagbaak", "Notification")
    rows = {
        "review": old.objects.create(
            recipient_id=recipient.pk, kind=K.INITIATIVE_REVIEWED, initiative_id=initiative.pk,
            event_key=f"initiative-reviewed:reject:{initiative.pk}:0", delivery="inapp"),
        "comment": old.objects.create(
            recipient_id=recipient.pk, kind=K.FOLLOWED_ACTIVITY, question_id=question.pk,
            event_key="followed-activity:comment:7", delivery="inapp"),
        "answer": old.objects.create(
            recipient_id=recipient.pk, kind=K.FOLLOWED_ACTIVITY, question_id=question.pk,
            event_key="followed-activity:answer:8", delivery="inapp"),
    }
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    variants = {name: Notification.objects.get(pk=row.pk).variant for name, row in rows.items()}
    assert variants == {"review": CurationStep.REJECT, "comment": COMMENT, "answer": ""}
    with translation.override("en"):
        assert "did not accept" in notification_text(Notification.objects.get(pk=rows["review"].pk))
