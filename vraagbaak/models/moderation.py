"""Flags raised by members and the append-only log of what moderators did."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import ActionKind, CloseReason, FlagReason, HideReason

# A flag or a log entry about a post points at exactly one of question, answer, comment.
EXACTLY_ONE_POST = (
    Q(question__isnull=False, answer__isnull=True, comment__isnull=True)
    | Q(question__isnull=True, answer__isnull=False, comment__isnull=True)
    | Q(question__isnull=True, answer__isnull=True, comment__isnull=False)
)
AT_MOST_ONE_POST = EXACTLY_ONE_POST | Q(
    question__isnull=True, answer__isnull=True, comment__isnull=True
)


class Flag(models.Model):
    """A member's report that a post needs a moderator's eye. One per member per post."""

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("flagged by"), on_delete=models.CASCADE,
        related_name="flags",
    )
    question = models.ForeignKey(
        "vraagbaak.Question", on_delete=models.CASCADE, null=True, blank=True,
        related_name="flags",
    )
    answer = models.ForeignKey(
        "vraagbaak.Answer", on_delete=models.CASCADE, null=True, blank=True, related_name="flags"
    )
    comment = models.ForeignKey(
        "vraagbaak.Comment", on_delete=models.CASCADE, null=True, blank=True,
        related_name="flags",
    )
    # Denormalised from the post so the queue filters by theme without joins per kind.
    theme = models.ForeignKey(
        "initiatives.Theme", on_delete=models.CASCADE, related_name="+", verbose_name=_("theme")
    )
    reason = models.CharField(_("reason"), max_length=20, choices=FlagReason.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("flagged at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("resolved by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    # What the moderator decided: True when the post was hidden, False when the flags were
    # dismissed; empty while open. A member's record of these weighs their later flags.
    upheld = models.BooleanField(_("upheld"), null=True, blank=True)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=EXACTLY_ONE_POST, name="flag_on_one_post"),
            models.UniqueConstraint(
                fields=["reporter", "question"], condition=Q(question__isnull=False),
                name="one_flag_per_member_per_question",
            ),
            models.UniqueConstraint(
                fields=["reporter", "answer"], condition=Q(answer__isnull=False),
                name="one_flag_per_member_per_answer",
            ),
            models.UniqueConstraint(
                fields=["reporter", "comment"], condition=Q(comment__isnull=False),
                name="one_flag_per_member_per_comment",
            ),
        ]
        indexes = [models.Index(fields=["theme", "resolved_at"])]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.reporter_id})"

    @property
    def post(self):
        return self.question or self.answer or self.comment


class ModerationActionQuerySet(models.QuerySet):
    """The log is append-only: bulk updates and deletes are refused."""

    def update(self, **kwargs):
        raise TypeError("The moderation log is append-only.")

    def delete(self):
        raise TypeError("The moderation log is append-only.")

    def for_post(self, post):
        return self.filter(**{post._meta.model_name: post})


class ModerationAction(models.Model):
    """One moderation step: who did what to which post (or person), why, and when."""

    # Empty when the portal acted by itself (a post hidden at the flag threshold).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("moderator"), on_delete=models.PROTECT,
        null=True, blank=True, related_name="moderation_actions",
    )
    action = models.CharField(_("action"), max_length=20, choices=ActionKind.choices)
    question = models.ForeignKey(
        "vraagbaak.Question", on_delete=models.PROTECT, null=True, blank=True,
        related_name="moderation_actions",
    )
    answer = models.ForeignKey(
        "vraagbaak.Answer", on_delete=models.PROTECT, null=True, blank=True,
        related_name="moderation_actions",
    )
    comment = models.ForeignKey(
        "vraagbaak.Comment", on_delete=models.PROTECT, null=True, blank=True,
        related_name="moderation_actions",
    )
    # For expert appointments: whom it concerned.
    subject_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", verbose_name=_("member concerned"),
    )
    theme = models.ForeignKey(
        "initiatives.Theme", on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", verbose_name=_("theme"),
    )
    reason = models.CharField(_("reason"), max_length=40, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    objects = ModerationActionQuerySet.as_manager()

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation log")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=AT_MOST_ONE_POST, name="moderation_on_one_post"),
        ]
        indexes = [models.Index(fields=["theme", "-created_at"])]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_action_display()}"

    # An audit log that can be rewritten is no audit log: refuse it at the model too.
    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("The moderation log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("The moderation log is append-only.")

    @property
    def post(self):
        return self.question or self.answer or self.comment

    @property
    def reason_label(self) -> str:
        if self.action == ActionKind.CLOSE:
            return dict(CloseReason.choices).get(self.reason, self.reason)
        return dict(HideReason.choices).get(self.reason, self.reason)
