"""The sentence that tells a member what happened, in the active language."""

from django.utils.translation import gettext as _

from initiatives.models import CurationStep

from ..models import Notification, NotificationKind

K = NotificationKind


def _initiative_text(notification: Notification, values: dict) -> str:
    if notification.kind == K.INITIATIVE_EDITED:
        return _("%(actor)s changed the published initiative “%(title)s”; the earlier version "
                 "is kept as a revision.") % values
    # The event key is "initiative-reviewed:<step>:<initiative>:<time>".
    parts = notification.event_key.split(":")
    step = parts[1] if len(parts) > 1 else ""
    texts = {
        CurationStep.PUBLISH: _("%(actor)s published your initiative “%(title)s”."),
        CurationStep.REQUEST_CHANGES: _(
            "%(actor)s asks you to change your initiative “%(title)s”."
        ),
        CurationStep.REJECT: _("%(actor)s did not accept your initiative “%(title)s”."),
    }
    text = texts.get(step) or _("%(actor)s reviewed your initiative “%(title)s”.")
    return text % values


def notification_text(notification: Notification) -> str:
    actor = notification.actor.public_name if notification.actor_id else _("Someone")
    if notification.initiative_id:
        values = {"actor": actor, "title": notification.initiative.title}
        return _initiative_text(notification, values)
    title = notification.question.title if notification.question_id else ""
    values = {"actor": actor, "title": title}
    if notification.kind == K.FOLLOWED_ACTIVITY and notification.event_key.startswith(
        f"{K.FOLLOWED_ACTIVITY}:comment:"
    ):
        return _("%(actor)s commented on “%(title)s”, a question you follow.") % values
    texts = {
        K.ANSWER_POSTED: _("%(actor)s answered your question “%(title)s”."),
        K.ANSWER_ACCEPTED: _("%(actor)s accepted your answer to “%(title)s”."),
        K.ANSWER_APPROVED: _("%(actor)s approved your answer to “%(title)s”; it is now published."),
        K.ANSWER_VERIFIED: _("%(actor)s verified your answer to “%(title)s” as an expert."),
        K.CHANGES_REQUESTED: _("%(actor)s asks you to change your answer to “%(title)s”."),
        K.POST_HIDDEN: _("Your post on “%(title)s” was hidden."),
        K.FOLLOWED_ACTIVITY: _("%(actor)s answered “%(title)s”, a question you follow."),
        K.THEME_QUESTION: _("%(actor)s asked a new question in your theme: “%(title)s”."),
        K.PENDING_REVIEW: _("A post on “%(title)s” awaits review."),
        K.UNANSWERED: _("“%(title)s” is still unanswered."),
    }
    return texts[notification.kind] % values
