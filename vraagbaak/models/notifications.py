"""The Q&A's side of notifications: what members follow, and which unanswered reminders went
out. The notifications themselves are accounts.notifications'."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["Subscription", "UnansweredReminder"]


class Subscription(models.Model):
    """A member follows a question or a theme."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions"
    )
    question = models.ForeignKey(
        "vraagbaak.Question", on_delete=models.CASCADE, null=True, blank=True,
        related_name="subscriptions",
    )
    theme = models.ForeignKey(
        "initiatives.Theme", on_delete=models.CASCADE, null=True, blank=True,
        related_name="subscriptions",
    )
    created_at = models.DateTimeField(_("following since"), default=timezone.now)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(question__isnull=False, theme__isnull=True)
                | Q(question__isnull=True, theme__isnull=False),
                name="subscription_to_question_or_theme",
            ),
            models.UniqueConstraint(
                fields=["user", "question"], condition=Q(question__isnull=False),
                name="one_subscription_per_question",
            ),
            models.UniqueConstraint(
                fields=["user", "theme"], condition=Q(theme__isnull=False),
                name="one_subscription_per_theme",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} → {self.question or self.theme}"


class UnansweredReminder(models.Model):
    """Remembers that a question's unanswered reminder went out, per stage, so it goes once."""

    class Stage(models.TextChoices):
        EXPERTS = "experts", _("Experts of the theme")
        CURATORS = "curators", _("Curators")

    question = models.ForeignKey(
        "vraagbaak.Question", on_delete=models.CASCADE, related_name="unanswered_reminders"
    )
    stage = models.CharField(max_length=12, choices=Stage.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "stage"], name="one_reminder_per_stage"),
        ]

    def __str__(self):
        return f"{self.question_id} {self.stage}"
