"""The sentence that tells a member what happened, in the active language."""

from django.utils.translation import gettext as _

from .kinds import KINDS
from .models import Notification


def notification_text(notification: Notification) -> str:
    actor = notification.actor.public_name if notification.actor_id else _("Someone")
    text = KINDS[notification.kind].text_for(notification.variant)
    return str(text) % {"actor": actor, "title": notification.title}
