"""Notifications: each event reaches the right people once, as they chose, in their
language; digests group; unsubscribe links work without signing in and are signed."""

from http import HTTPStatus

import pytest
from django.core import mail, signing
from django.urls import reverse

from accounts.notifications.kinds import Delivery, NotificationKind
from accounts.notifications.models import Notification, NotificationPreference
from accounts.notifications.services import notify, preferences_set
from accounts.notifications.tasks import digest_send
from accounts.notifications.tokens import unsubscribe_token
from tests.factories import AnswerFactory, QuestionFactory, make_member
from vraagbaak.models import AnswerState, HideReason, Subscription
from vraagbaak.moderation import services
from vraagbaak.notifications import hooks

K = NotificationKind


def kinds_of(user):
    return sorted(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_question_created_tells_theme_experts_and_followers_not_the_asker(
    theme, theme_expert, other_expert, asker
):
    follower = make_member()
    Subscription.objects.create(user=follower, theme=theme)
    question = QuestionFactory(theme=theme, author=asker)
    hooks.on_question_created(question)
    assert kinds_of(theme_expert) == [K.THEME_QUESTION]
    assert kinds_of(follower) == [K.THEME_QUESTION]
    assert kinds_of(other_expert) == kinds_of(asker) == []
    assert Subscription.objects.filter(user=asker, question=question).exists()


def test_published_answer_tells_asker_and_followers_once(question, asker, answerer):
    follower = make_member()
    Subscription.objects.create(user=follower, question=question)
    answer = AnswerFactory(question=question, author=answerer)
    hooks.on_answer_created(answer)
    hooks.on_answer_created(answer)  # the same event twice: still one notification each
    assert kinds_of(asker) == [K.ANSWER_POSTED]
    assert kinds_of(follower) == [K.FOLLOWED_ACTIVITY]
    assert kinds_of(answerer) == []
    assert Subscription.objects.filter(user=answerer, question=question).exists()


def test_pending_answer_tells_only_the_theme_moderators(question, asker, answerer, theme_expert,
                                                        other_expert):
    answer = AnswerFactory(question=question, author=answerer, state=AnswerState.PENDING)
    hooks.on_answer_created(answer)
    assert kinds_of(asker) == []
    assert kinds_of(theme_expert) == [K.PENDING_REVIEW]
    assert kinds_of(other_expert) == []


def test_approval_tells_author_and_asker(pending_answer, asker, answerer, theme_expert):
    services.answer_approve(answer=pending_answer, by=theme_expert)
    assert kinds_of(answerer) == [K.ANSWER_APPROVED]
    assert kinds_of(asker) == [K.ANSWER_POSTED]


def test_accept_verify_changes_and_hide_reach_the_author(question, published_answer, pending_answer,
                                                         answerer, theme_expert):
    hooks.on_answer_accepted(published_answer)
    services.answer_verify(answer=published_answer, by=theme_expert)
    services.answer_request_changes(answer=pending_answer, by=theme_expert, note="Bron?")
    services.post_hide(post=published_answer, by=theme_expert, reason=HideReason.WRONG)
    assert kinds_of(answerer) == sorted(
        [K.ANSWER_ACCEPTED, K.ANSWER_VERIFIED, K.CHANGES_REQUESTED, K.POST_HIDDEN]
    )
    hidden = Notification.objects.get(recipient=answerer, kind=K.POST_HIDDEN)
    assert hidden.note == str(HideReason.WRONG.label)


def test_flag_threshold_tells_the_author_why(settings, published_answer, answerer, theme_expert):
    settings.FLAG_HIDE_THRESHOLD = 2
    for _ in range(2):
        services.flag_create(post=published_answer, reporter=make_member(), reason="spam")
    assert kinds_of(answerer) == [K.POST_HIDDEN]
    assert kinds_of(theme_expert) == [K.PENDING_REVIEW]


@pytest.mark.parametrize(
    ("delivery", "rows", "mails"),
    [(Delivery.OFF, 0, 0), (Delivery.IN_APP, 1, 0), (Delivery.IMMEDIATE, 1, 1),
     (Delivery.DIGEST, 1, 0)],
)
def test_preference_decides_delivery(django_capture_on_commit_callbacks, question, asker, answerer,
                                     delivery, rows, mails):
    preferences_set(user=asker, deliveries={K.ANSWER_POSTED: delivery})
    with django_capture_on_commit_callbacks(execute=True):
        hooks.on_answer_created(AnswerFactory(question=question, author=answerer))
    assert Notification.objects.filter(recipient=asker).count() == rows
    assert len(mail.outbox) == mails


def test_email_is_in_the_recipients_language_with_text_html_and_unsubscribe(
    django_capture_on_commit_callbacks, question, asker, answerer
):
    asker.language = "en"
    asker.save()
    with django_capture_on_commit_callbacks(execute=True):
        hooks.on_answer_created(AnswerFactory(question=question, author=answerer))
    (message,) = mail.outbox
    assert message.to == [asker.email]
    assert "answered your question" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and 'lang="en"' in html
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/meldingen/afmelden/" in message.extra_headers["List-Unsubscribe"]
    assert Notification.objects.get(recipient=asker).emailed_at is not None


def test_email_goes_once_even_if_the_task_runs_twice(django_capture_on_commit_callbacks, question,
                                                     asker, answerer):
    from accounts.notifications.tasks import send_notification_email

    with django_capture_on_commit_callbacks(execute=True):
        hooks.on_answer_created(AnswerFactory(question=question, author=answerer))
    send_notification_email.call(notification_id=Notification.objects.get(recipient=asker).pk)
    assert len(mail.outbox) == 1


def test_digest_groups_a_members_waiting_notifications_in_one_mail(question, asker):
    preferences_set(user=asker, deliveries={K.ANSWER_POSTED: Delivery.DIGEST,
                                            K.ANSWER_ACCEPTED: Delivery.DIGEST})
    for _ in range(3):
        hooks.on_answer_created(AnswerFactory(question=question, author=make_member()))
    mine = AnswerFactory(question=QuestionFactory(), author=asker)
    hooks.on_answer_accepted(mine)
    other = make_member()
    preferences_set(user=other, deliveries={K.ANSWER_POSTED: Delivery.DIGEST})
    hooks.on_answer_created(AnswerFactory(question=QuestionFactory(author=other)))
    waiting = set(Notification.objects.awaiting_digest().values_list("recipient_id", flat=True))
    assert {asker.pk, other.pk} <= waiting
    assert digest_send() == len(waiting)  # one mail per member, whatever the number of items
    assert digest_send() == 0  # nothing twice
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        set(Notification.objects.filter(recipient_id__in=waiting).values_list(
            "recipient__email", flat=True)))
    (digest,) = [m for m in mail.outbox if m.to == [asker.email]]
    assert "4" in digest.subject
    assert digest.body.count("/vragen/") == 4
    # grouped: each kind's heading once, in the recipient's language (Dutch by default)
    from django.utils import translation

    with translation.override("nl"):
        for label in (K.ANSWER_POSTED.label, K.ANSWER_ACCEPTED.label):
            assert digest.body.count(str(label)) == 1


def test_unsubscribe_link_works_without_login_and_only_on_post(client, asker):
    token = unsubscribe_token(user_id=asker.pk, kind=K.ANSWER_POSTED)
    url = reverse("notifications:unsubscribe", args=[token])
    assert client.get(url).status_code == HTTPStatus.OK
    assert not NotificationPreference.objects.exists()
    response = client.post(url)
    assert response.status_code == HTTPStatus.OK
    assert NotificationPreference.objects.get(user=asker, kind=K.ANSWER_POSTED).delivery == Delivery.OFF
    notify(recipients=[asker], kind=K.ANSWER_POSTED, event_key="x")
    assert not Notification.objects.filter(recipient=asker).exists()


def test_unsubscribe_from_everything(client, asker):
    client.post(reverse("notifications:unsubscribe", args=[unsubscribe_token(user_id=asker.pk, kind=None)]))
    assert set(NotificationPreference.objects.filter(user=asker).values_list("delivery", flat=True)) == {
        Delivery.OFF}
    assert NotificationPreference.objects.filter(user=asker).count() == len(K)


@pytest.mark.parametrize("tamper", ["flip", "other-user", "unsigned"])
def test_tampered_unsubscribe_token_is_rejected(client, asker, tamper):
    token = unsubscribe_token(user_id=asker.pk, kind=K.ANSWER_POSTED)
    if tamper == "flip":
        token = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
    elif tamper == "other-user":
        token = signing.dumps({"u": asker.pk + 1, "k": "*"}, salt="another-salt")
    else:
        token = "eyJ1IjoxLCJrIjoiKiJ9"
    response = client.post(reverse("notifications:unsubscribe", args=[token]))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not NotificationPreference.objects.exists()


def test_notification_page_marks_read_and_shows_subscriptions(client, question, asker, answerer,
                                                              django_assert_max_num_queries):
    for _ in range(5):
        hooks.on_answer_created(AnswerFactory(question=question, author=make_member()))
    Subscription.objects.get_or_create(user=asker, question=question)
    client.force_login(asker)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("notifications:notification-list"))
    assert response.status_code == HTTPStatus.OK
    assert response.content.count(b"data-notification=") == 5
    assert not Notification.objects.filter(recipient=asker, read_at__isnull=True).exists()
    assert b"data-subscription=" in response.content


def test_unread_count_in_context_is_one_query_and_only_for_members(client, asker, question,
                                                                   answerer):
    hooks.on_answer_created(AnswerFactory(question=question, author=answerer))
    client.force_login(asker)
    response = client.get(reverse("notifications:notification-preferences"))
    assert response.context["unread_notification_count"]() == 1
    client.logout()
    response = client.get(reverse("vraagbaak:about"))
    assert "unread_notification_count" not in response.context


def test_preferences_form_saves_delivery_and_language(client, asker):
    client.force_login(asker)
    data = {f"kind_{kind.value}": Delivery.IN_APP for kind in K}
    data.update({"kind_answer-posted": Delivery.DIGEST, "language": "en"})
    response = client.post(reverse("notifications:notification-preferences"), data)
    assert response.status_code == HTTPStatus.FOUND
    asker.refresh_from_db()
    assert asker.language == "en"
    assert NotificationPreference.objects.get(user=asker, kind=K.ANSWER_POSTED).delivery == Delivery.DIGEST


def test_preferences_form_with_bad_value_keeps_input(client, asker):
    client.force_login(asker)
    response = client.post(reverse("notifications:notification-preferences"),
                           {"kind_answer-posted": "sometimes", "language": "en"})
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors
    assert not NotificationPreference.objects.exists()


def test_follow_and_unfollow_question_and_theme(client, member, question, theme):
    client.force_login(member)
    client.post(reverse("vraagbaak:question-follow", args=[question.pk]))
    client.post(reverse("vraagbaak:theme-follow", args=[theme.slug]))
    assert Subscription.objects.filter(user=member).count() == 2
    response = client.post(reverse("vraagbaak:question-follow", args=[question.pk]),
                           {"action": "unfollow", "next": "https://evil.example/"})
    assert response["Location"] == question.get_absolute_url()
    client.post(reverse("vraagbaak:theme-follow", args=[theme.slug]), {"action": "unfollow"})
    assert not Subscription.objects.filter(user=member).exists()


def test_visitor_cannot_follow(client, question):
    response = client.post(reverse("vraagbaak:question-follow", args=[question.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert not Subscription.objects.exists()


def test_personal_data_download_includes_follows_preferences_and_flags(question, member,
                                                                      published_answer):
    from accounts.services import personal_data

    Subscription.objects.create(user=member, question=question)
    preferences_set(user=member, deliveries={K.FOLLOWED_ACTIVITY: Delivery.OFF})
    services.flag_create(post=published_answer, reporter=member, reason="wrong", note="Oud")
    data = personal_data(user=member)
    assert data["subscriptions"][0]["question"] == question.pk
    assert data["notification_preferences"] == {K.FOLLOWED_ACTIVITY: Delivery.OFF}
    assert data["flags_raised"][0]["note"] == "Oud"


def test_header_badge_shows_unread_count_and_queue_link_for_moderators(rf, asker, theme_expert,
                                                                        question, answerer):
    from django.template import engines

    from accounts.notifications.context_processors import notifications
    from vraagbaak.site.context_processors import moderation

    hooks.on_answer_created(AnswerFactory(question=question, author=answerer))
    template = engines["django"].from_string(
        '{% include "vraagbaak/includes/notification_badge.html" %}')
    for user, count, moderator in [(asker, 1, False), (theme_expert, 0, True)]:
        request = rf.get("/")
        request.user = user
        html = template.render({**notifications(request), **moderation(request), "user": user},
                               request)
        assert f'data-unread="{count}"' in html
        assert ('id="moderation-link"' in html) is moderator


def test_comment_tells_followers_but_not_on_pending_answers(question, asker, answerer):
    from accounts.notifications.texts import notification_text
    from tests.factories import CommentFactory

    commenter = make_member()
    comment = CommentFactory(question=question, author=commenter, body="Welke versie?")
    Subscription.objects.create(user=asker, question=question)
    hooks.on_comment_created(comment)
    hooks.on_comment_created(comment)
    (notification,) = Notification.objects.filter(recipient=asker)
    assert notification.kind == K.FOLLOWED_ACTIVITY and notification.note == "Welke versie?"
    from django.utils import translation

    with translation.override("en"):
        assert "commented on" in notification_text(notification)
    pending = AnswerFactory(question=question, author=answerer, state=AnswerState.PENDING)
    hooks.on_comment_created(CommentFactory(question=None, answer=pending, author=commenter))
    assert Notification.objects.filter(recipient=asker).count() == 1
    assert not Notification.objects.filter(recipient=commenter).exists()
