"""A notification names no higher part: what it is about is a generic target (where its link
leads) and context (whose title its wording names). Deleting a question, an answer or an
initiative still takes its notifications along, and a page of them loads each kind of target
in one query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from accounts.notifications.kinds import NotificationKind
from accounts.notifications.models import Notification
from accounts.notifications.personal_data import export
from accounts.notifications.services import notify
from accounts.notifications.texts import notification_text
from tests.factories import AnswerFactory, InitiativeFactory, QuestionFactory, make_member

K = NotificationKind
pytestmark = pytest.mark.django_db


def tell(recipient, key, **about):
    (notification,) = notify(recipients=[recipient], kind=K.ANSWER_POSTED, event_key=key, **about)
    return notification


def test_the_context_defaults_to_the_target():
    member, question = make_member(), QuestionFactory(title="Mag een taalmodel dat?")
    notification = Notification.objects.get(pk=tell(member, "q", target=question).pk)
    assert notification.target == notification.context == question
    assert notification.get_absolute_url() == question.get_absolute_url()
    with translation.override("en"):
        assert "“Mag een taalmodel dat?”" in notification_text(notification)


def test_an_answer_leads_to_itself_and_is_worded_by_its_question():
    member = make_member()
    answer = AnswerFactory(question=QuestionFactory(title="Wie controleert de uitvoer?"))
    tell(member, "a", target=answer, context=answer.question)
    notification = Notification.objects.with_objects().get()
    with CaptureQueriesContext(connection) as queries:
        url = notification.get_absolute_url()
        title = notification.title
    assert url == answer.get_absolute_url() and title == "Wie controleert de uitvoer?"
    assert len(queries) == 0  # the answer came with its question


def test_a_page_of_notifications_loads_each_kind_of_target_once():
    member = make_member()
    for n in range(3):
        answer = AnswerFactory()
        tell(member, f"a{n}", target=answer, context=answer.question)
        tell(member, f"q{n}", target=QuestionFactory())
        tell(member, f"i{n}", target=InitiativeFactory())
    with CaptureQueriesContext(connection) as queries:
        texts = [(notification_text(n), n.get_absolute_url())
                 for n in Notification.objects.filter(recipient=member).with_objects()]
    assert len(texts) == 9
    assert len(queries) == 4  # the notifications, then answers, questions and initiatives


@pytest.mark.parametrize("deleted", ["question", "answer", "initiative", "questions in bulk"])
def test_deleting_what_a_notification_is_about_deletes_the_notification(deleted):
    member = make_member()
    answer = AnswerFactory()
    question = answer.question
    initiative = InitiativeFactory()
    about_answer = tell(member, "a", target=answer, context=question)
    about_question = tell(member, "q", target=question)
    about_initiative = tell(member, "i", target=initiative)
    unrelated = tell(member, "other", target=QuestionFactory())
    if deleted == "question":
        question.delete()
        gone = {about_answer.pk, about_question.pk}
    elif deleted == "answer":
        answer.delete()
        gone = {about_answer.pk}
    elif deleted == "initiative":
        initiative.delete()
        gone = {about_initiative.pk}
    else:
        type(question).objects.filter(pk=question.pk).delete()
        gone = {about_answer.pk, about_question.pk}
    left = set(Notification.objects.values_list("pk", flat=True))
    every = {about_answer.pk, about_question.pk, about_initiative.pk, unrelated.pk}
    assert left == every - gone


def test_the_higher_parts_filter_notifications_by_what_they_are_about():
    member = make_member()
    answer = AnswerFactory()
    tell(member, "a", target=answer, context=answer.question)
    tell(member, "q", target=answer.question)
    assert Notification.objects.filter(question=answer.question).count() == 2
    assert Notification.objects.filter(answer=answer).count() == 1


def test_the_personal_data_download_says_what_each_notification_was_about():
    member = make_member()
    answer = AnswerFactory()
    initiative = InitiativeFactory()
    tell(member, "a", target=answer, context=answer.question)
    tell(member, "i", target=initiative)
    about = [{key: value for key, value in row.items() if key in ("question", "answer", "initiative")}
             for row in export(member)["notifications"]]
    assert sorted(about, key=len) == [{"initiative": initiative.pk},
                                      {"question": answer.question_id, "answer": answer.pk}]
