"""E-mails for notifications: plain text and HTML, in the recipient's language."""

from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Notification
from .texts import notification_text
from .tokens import unsubscribe_token


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _message(user, subject: str, template: str, context: dict, unsubscribe_url: str):
    text = render_to_string(f"notifications/emails/{template}.txt", context)
    html = render_to_string(f"notifications/emails/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=text,
        to=[user.email],
        # RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address.
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def notification_message(notification: Notification) -> EmailMultiAlternatives:
    user = notification.recipient
    unsubscribe_url = absolute(
        reverse("notifications:unsubscribe",
                args=[unsubscribe_token(user_id=user.pk, kind=notification.kind)])
    )
    with translation.override(user.language):
        text = notification_text(notification)
        context = {
            "user": user, "notification": notification, "text": text,
            "url": absolute(notification.get_absolute_url()),
            "preferences_url": absolute(reverse("notifications:notification-preferences")),
            "unsubscribe_url": unsubscribe_url, "language": user.language,
            "kind_label": notification.get_kind_display(),
        }
        return _message(user, text, "notification", context, unsubscribe_url)


def digest_message(user, notifications: list[Notification]) -> EmailMultiAlternatives:
    unsubscribe_url = absolute(
        reverse("notifications:unsubscribe", args=[unsubscribe_token(user_id=user.pk, kind=None)])
    )
    with translation.override(user.language):
        ordered = sorted(notifications, key=lambda n: (n.kind, n.created_at))
        groups = [
            {
                "label": items[0].get_kind_display(),
                "items": [
                    {"text": notification_text(n), "url": absolute(n.get_absolute_url())}
                    for n in items
                ],
            }
            for items in (list(group) for _, group in groupby(ordered, key=lambda n: n.kind))
        ]
        context = {
            "user": user, "groups": groups, "count": len(notifications),
            "preferences_url": absolute(reverse("notifications:notification-preferences")),
            "unsubscribe_url": unsubscribe_url, "language": user.language,
        }
        subject = translation.ngettext(
            "Your daily summary: %(count)d new notification",
            "Your daily summary: %(count)d new notifications",
            len(notifications),
        ) % {"count": len(notifications)}
        return _message(user, subject, "digest", context, unsubscribe_url)
