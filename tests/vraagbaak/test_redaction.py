"""Redaction takes a passage out of a post and out of its whole history (revisions, diffs,
feeds, stored notifications, search); the moderation log says who and why, never the
passage. Only the author and the post's moderators may redact; authors delete their own
posts (a question only while it has no answers)."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.notifications.models import Notification
from tests.factories import make_member
from vraagbaak.models import ActionKind, Answer, ModerationAction, Question, Revision
from vraagbaak.moderation.services import REDACTED, post_redact
from vraagbaak.services.answers import answer_edit
from vraagbaak.services.comments import comment_create
from vraagbaak.services.questions import question_edit
from vraagbaak.services.revisions import latest_revision_id

BSN = "111222333"


@pytest.fixture
def leaked(question, asker):
    """A question whose first version held a BSN, which a later edit took out of the text."""
    question_edit(question=question, editor=asker, title=question.title,
                  body=f"Burger met BSN {BSN} vroeg inzage.", theme=question.theme, tags=[],
                  summary=f"BSN {BSN} toegevoegd", base_revision_id=latest_revision_id(question=question))
    question_edit(question=question, editor=asker, title=question.title,
                  body="Een burger vroeg inzage.", theme=question.theme, tags=[],
                  summary="weg", base_revision_id=latest_revision_id(question=question))
    question.refresh_from_db()
    return question


def _pages(client, question) -> list[str]:
    urls = [question.get_absolute_url(), reverse("vraagbaak:question-revisions", args=[question.pk]),
            reverse("vraagbaak:feed-questions"), reverse("vraagbaak:search") + "?q=inzage"]
    return [client.get(url, follow=True).content.decode() for url in urls]


def test_an_edit_alone_leaves_the_bsn_in_the_history(client, leaked):
    assert BSN in _pages(client, leaked)[1]


def test_redaction_reaches_every_revision_and_page(client, leaked, asker):
    changed = post_redact(post=leaked, by=asker, passage=BSN, note="BSN van een burger")
    assert changed == 1  # the one revision that held it (body and summary)
    assert not Revision.objects.filter(body__contains=BSN).exists()
    assert not Revision.objects.filter(summary__contains=BSN).exists()
    assert Revision.objects.filter(body__contains=REDACTED).exists()
    for page in _pages(client, leaked):
        assert BSN not in page
    found = client.get(reverse("vraagbaak:search"), {"q": BSN}).content.decode()
    assert leaked.get_absolute_url() not in found


def test_log_records_who_and_why_without_the_passage(leaked, asker):
    post_redact(post=leaked, by=asker, passage=BSN, note="persoonsgegevens van een burger")
    entry = ModerationAction.objects.get(action=ActionKind.REDACT)
    assert (entry.actor, entry.question) == (asker, leaked)
    assert BSN not in entry.note and BSN not in entry.reason


def test_redacting_an_answer_reaches_its_revisions_and_the_title_of_none(question, answer,
                                                                        answerer):
    answer_edit(answer=answer, editor=answerer, body="Mail naar p.jansen@gmail.com voor meer.",
                summary="", base_revision_id=latest_revision_id(answer=answer))
    post_redact(post=answer, by=answerer, passage="P.Jansen@gmail.com")  # any case
    answer.refresh_from_db()
    assert "p.jansen@gmail.com" not in answer.body
    assert REDACTED in answer.body
    assert not Revision.objects.filter(answer=answer, body__icontains="p.jansen").exists()


def test_redacting_a_title_moves_the_slug(question, asker):
    question_edit(question=question, editor=asker, title=f"Inzage voor BSN {BSN} via het model?",
                  body=question.body, theme=question.theme, tags=[], summary="",
                  base_revision_id=latest_revision_id(question=question))
    post_redact(post=question, by=asker, passage=BSN)
    question.refresh_from_db()
    assert BSN not in question.title and BSN not in question.slug


def test_stored_notifications_lose_the_passage(leaked, asker):
    other = make_member()
    Notification.objects.create(recipient=other, kind="post-hidden", target=leaked,
                                note=f"Bevat BSN {BSN}", event_key="x", delivery="immediate")
    post_redact(post=leaked, by=asker, passage=BSN)
    assert not Notification.objects.filter(note__contains=BSN).exists()


def test_a_passage_that_is_not_there_changes_nothing(question, asker):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        post_redact(post=question, by=asker, passage="999999990")
    assert error.value.code == "passage_not_found"
    assert not ModerationAction.objects.filter(action=ActionKind.REDACT).exists()


def test_comment_redaction(question, answerer):
    comment = comment_create(author=answerer, post=question, body=f"Zijn BSN is {BSN}.")
    post_redact(post=comment, by=answerer, passage=BSN)
    comment.refresh_from_db()
    assert comment.body == f"Zijn BSN is {REDACTED}."


# --- views, from the side of those who must not pass ---------------------------------------

def test_other_member_cannot_redact(client, leaked, other_member):
    client.force_login(other_member)
    url = reverse("vraagbaak:post-redact", args=["vraag", leaked.pk])
    response = client.post(url, {"passage": BSN})
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert Revision.objects.filter(body__contains=BSN).exists()


def test_visitor_cannot_redact(client, leaked):
    url = reverse("vraagbaak:post-redact", args=["vraag", leaked.pk])
    response = client.post(url, {"passage": BSN})
    assert response.status_code == HTTPStatus.FOUND
    assert "/account/login/" in response.url
    assert Revision.objects.filter(body__contains=BSN).exists()


def test_expert_of_another_theme_cannot_redact(client, leaked, expert):
    client.force_login(expert)  # an expert without this theme
    response = client.post(reverse("vraagbaak:post-redact", args=["vraag", leaked.pk]),
                           {"passage": BSN})
    assert response.status_code == HTTPStatus.FORBIDDEN


def test_curator_redacts_through_the_page(client, leaked, curator):
    client.force_login(curator)
    url = reverse("vraagbaak:post-redact", args=["vraag", leaked.pk])
    response = client.post(url, {"passage": BSN, "note": "AVG"})
    assert response.status_code == HTTPStatus.FOUND
    assert not Revision.objects.filter(body__contains=BSN).exists()


def test_note_repeating_the_passage_is_refused(client, leaked, asker):
    client.force_login(asker)
    url = reverse("vraagbaak:post-redact", args=["vraag", leaked.pk])
    response = client.post(url, {"passage": BSN, "note": f"BSN {BSN}"})
    assert response.status_code == HTTPStatus.OK
    assert Revision.objects.filter(body__contains=BSN).exists()


def test_author_deletes_own_question_without_answers(client, leaked, asker):
    client.force_login(asker)
    response = client.post(reverse("vraagbaak:post-delete", args=["vraag", leaked.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert not Question.objects.filter(pk=leaked.pk).exists()


def test_author_cannot_delete_a_question_with_answers(client, question, answer, asker):
    client.force_login(asker)
    response = client.post(reverse("vraagbaak:post-delete", args=["vraag", question.pk]))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert Question.objects.filter(pk=question.pk).exists()


def test_other_member_cannot_delete_an_answer(client, answer, other_member):
    client.force_login(other_member)
    response = client.post(reverse("vraagbaak:post-delete", args=["antwoord", answer.pk]))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert Answer.objects.filter(pk=answer.pk).exists()


def test_author_deletes_own_answer_and_the_count_follows(client, question, answer, answerer):
    client.force_login(answerer)
    response = client.post(reverse("vraagbaak:post-delete", args=["antwoord", answer.pk]))
    assert response.status_code == HTTPStatus.FOUND
    question.refresh_from_db()
    assert question.answer_count == 0


def test_search_finds_the_passage_before_and_not_after(client, question, asker):
    question_edit(question=question, editor=asker, title=question.title,
                  body=f"Burger met BSN {BSN} vroeg inzage.", theme=question.theme, tags=[],
                  summary="", base_revision_id=latest_revision_id(question=question))
    search = reverse("vraagbaak:search")
    assert question.get_absolute_url() in client.get(search, {"q": BSN}).content.decode()
    post_redact(post=question, by=asker, passage=BSN)
    question.refresh_from_db()
    assert question.get_absolute_url() not in client.get(search, {"q": BSN}).content.decode()
    assert BSN not in client.get(search, {"q": "inzage"}).content.decode()
