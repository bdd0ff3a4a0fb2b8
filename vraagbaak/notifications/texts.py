"""The sentence that tells a member what happened, in the active language."""

from django.utils.translation import gettext as _

from ..models import Notification
from .kinds import KINDS


def notification_text(notification: Notification) -> str:
    actor = notification.actor.public_name if notification.actor_id else _("Someone")
    if notification.initiative_id:
        title = notification.initiative.title
    else:
        title = notification.question.title if notification.question_id else ""
    text = KINDS[notification.kind].text_for(notification.variant)
    return str(text) % {"actor": actor, "title": title}
