"""The kinds of notification: each one's code and label, its default delivery and its
wording, in variants where one kind is told in more than one way.

The variant (what a curator decided on a proposal; a comment rather than an answer on a
followed question) is stored with the notification: its wording is never recovered from
the event key. A leaf: it imports nothing of ours, so the models and every part can use it.
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    ANSWER_POSTED = "answer-posted", _("Your question got an answer")
    ANSWER_ACCEPTED = "answer-accepted", _("Your answer was accepted")
    ANSWER_APPROVED = "answer-approved", _("Your answer was approved")
    ANSWER_VERIFIED = "answer-verified", _("Your answer was verified by an expert")
    CHANGES_REQUESTED = "changes-requested", _("An expert asks you to change your answer")
    POST_HIDDEN = "post-hidden", _("Your post was hidden")
    FOLLOWED_ACTIVITY = "followed-activity", _("Activity on a question you follow")
    THEME_QUESTION = "theme-question", _("A new question in a theme you follow or moderate")
    PENDING_REVIEW = "pending-review", _("New items to review in your themes")
    UNANSWERED = "unanswered", _("A question in your themes is still unanswered")
    INITIATIVE_REVIEWED = "initiative-reviewed", _("Your proposed initiative was reviewed")
    INITIATIVE_EDITED = "initiative-edited", _("An initiative you curate was changed")
    CONFIRM_DUE = "confirm-due", _("An initiative of yours waits to be confirmed")
    ACCESS_REQUESTED = "access-requested", _("Someone asks to join the AI-vraagbaak")


class Delivery(models.TextChoices):
    IN_APP = "inapp", _("Only on the site")
    IMMEDIATE = "immediate", _("On the site and by e-mail right away")
    DIGEST = "digest", _("On the site and in a daily e-mail digest")
    OFF = "off", _("Off")


# The variant of a comment on a followed question (an answer is the kind's own text).
COMMENT = "comment"
# The variant of an answer past its review-by date, told to its author.
REVIEW_DUE = "review-due"
# The variant of a question closed by a moderator, told to its asker and followers.
CLOSED = "closed"
# The variants of a curator's decision on a proposal: the values of the registry's curation
# steps (a test in the registry's suite keeps the two equal).
PUBLISH = "publish"
REQUEST_CHANGES = "request-changes"
REJECT = "reject"


@dataclass(frozen=True)
class KindSpec:
    """`text` and each variant's text take %(actor)s and %(title)s."""

    default_delivery: str
    text: Promise
    variants: dict[str, Promise] = field(default_factory=dict)

    def text_for(self, variant: str) -> Promise:
        return self.variants.get(variant, self.text)


K = NotificationKind

# What happens when a member has not chosen: news about your own posts by e-mail
# at once, news about what you follow or moderate once a day.
KINDS: dict[str, KindSpec] = {
    K.ANSWER_POSTED: KindSpec(
        Delivery.IMMEDIATE, _("%(actor)s answered your question “%(title)s”.")),
    K.ANSWER_ACCEPTED: KindSpec(
        Delivery.IMMEDIATE, _("%(actor)s accepted your answer to “%(title)s”.")),
    K.ANSWER_APPROVED: KindSpec(
        Delivery.IMMEDIATE,
        _("%(actor)s approved your answer to “%(title)s”; it is now published.")),
    K.ANSWER_VERIFIED: KindSpec(
        Delivery.IMMEDIATE, _("%(actor)s verified your answer to “%(title)s” as an expert.")),
    K.CHANGES_REQUESTED: KindSpec(
        Delivery.IMMEDIATE, _("%(actor)s asks you to change your answer to “%(title)s”."),
        {REVIEW_DUE: _("Your answer to “%(title)s” passed its review-by date: check whether "
                       "it still holds, and edit it where rules or guidance changed.")}),
    K.POST_HIDDEN: KindSpec(Delivery.IMMEDIATE, _("Your post on “%(title)s” was hidden.")),
    K.FOLLOWED_ACTIVITY: KindSpec(
        Delivery.DIGEST, _("%(actor)s answered “%(title)s”, a question you follow."),
        {COMMENT: _("%(actor)s commented on “%(title)s”, a question you follow."),
         CLOSED: _("%(actor)s closed “%(title)s”, a question you follow or asked.")}),
    K.THEME_QUESTION: KindSpec(
        Delivery.DIGEST, _("%(actor)s asked a new question in your theme: “%(title)s”.")),
    K.PENDING_REVIEW: KindSpec(Delivery.DIGEST, _("A post on “%(title)s” awaits review.")),
    K.UNANSWERED: KindSpec(Delivery.IMMEDIATE, _("“%(title)s” is still unanswered.")),
    K.INITIATIVE_REVIEWED: KindSpec(
        Delivery.IMMEDIATE, _("%(actor)s reviewed your initiative “%(title)s”."),
        {
            PUBLISH: _("%(actor)s published your initiative “%(title)s”."),
            REQUEST_CHANGES: _(
                "%(actor)s asks you to change your initiative “%(title)s”."),
            REJECT: _("%(actor)s did not accept your initiative “%(title)s”."),
        }),
    K.INITIATIVE_EDITED: KindSpec(
        Delivery.DIGEST,
        _("%(actor)s changed the published initiative “%(title)s”; the earlier version "
          "is kept as a revision.")),
    K.CONFIRM_DUE: KindSpec(
        Delivery.IMMEDIATE,
        _("Nobody confirmed your initiative “%(title)s” for a year: is it still current? "
          "Confirm it, or update what changed.")),
    K.ACCESS_REQUESTED: KindSpec(
        Delivery.IMMEDIATE,
        _("%(title)s asks to join the AI-vraagbaak: approve or reject the request.")),
}

DEFAULT_DELIVERY = {kind: spec.default_delivery for kind, spec in KINDS.items()}
