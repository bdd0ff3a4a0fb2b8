"""Closing done right: the asker and the followers are told why, the original lists its
duplicates, and a duplicate quotes the original's accepted answer rendered, not as Markdown."""

from accounts.notifications.kinds import NotificationKind
from accounts.notifications.models import Notification
from tests.factories import AnswerFactory, QuestionFactory, make_member
from vraagbaak.models import AnswerState, CloseReason, Question
from vraagbaak.moderation.services import question_close
from vraagbaak.notifications.services import question_follow


def test_asker_and_followers_are_told_with_the_reason(question, asker, theme_expert):
    follower = make_member()
    question_follow(user=follower, question=question)
    question_close(question=question, by=theme_expert, reason=CloseReason.UNCLEAR,
                   note="Welke wet bedoel je?")
    for user in (asker, follower):
        notification = Notification.objects.get(recipient=user, variant="closed")
        assert notification.kind == NotificationKind.FOLLOWED_ACTIVITY
        assert "Welke wet bedoel je?" in notification.note
        assert str(CloseReason.UNCLEAR.label) in notification.note
    assert not Notification.objects.filter(recipient=theme_expert, variant="closed").exists()


def test_original_lists_its_duplicates_and_the_duplicate_quotes_rendered(client, question, theme,
                                                                        theme_expert):
    accepted = AnswerFactory(question=question, state=AnswerState.PUBLISHED,
                             body="Gebruik **altijd** een DPIA.")
    Question.objects.filter(pk=question.pk).update(accepted_answer=accepted)
    duplicate = QuestionFactory(theme=theme)
    question_close(question=duplicate, by=theme_expert, reason=CloseReason.DUPLICATE,
                   duplicate_of=question)
    original_page = client.get(question.get_absolute_url()).content.decode()
    assert f'data-duplicate="{duplicate.pk}"' in original_page
    duplicate_page = client.get(duplicate.get_absolute_url()).content.decode()
    assert "<strong>altijd</strong>" in duplicate_page
    assert "**altijd**" not in duplicate_page
    assert "data-answers-closed" in duplicate_page
    assert f'action="/vragen/{duplicate.pk}/antwoorden/"' not in duplicate_page
