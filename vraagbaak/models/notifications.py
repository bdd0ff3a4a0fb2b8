"""What members follow, what they are told, and how they want to be told."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..notifications.kinds import DEFAULT_DELIVERY, Delivery, NotificationKind

__all__ = ["DEFAULT_DELIVERY", "Delivery", "Notification", "NotificationKind",
           "NotificationPreference", "Subscription", "UnansweredReminder"]


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


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)

    def awaiting_digest(self):
        return self.filter(delivery=Delivery.DIGEST, emailed_at__isnull=True)


class Notification(models.Model):
    """One event told to one member, in the app and maybe by e-mail."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("event"), max_length=24, choices=NotificationKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    question = models.ForeignKey(
        "vraagbaak.Question", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    answer = models.ForeignKey(
        "vraagbaak.Answer", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    initiative = models.ForeignKey(
        "initiatives.Initiative", on_delete=models.CASCADE, null=True, blank=True,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)
    # Which of the kind's wordings tells this one (notifications.kinds), e.g. a decision.
    variant = models.CharField(max_length=24, blank=True, default="")
    # Identifies the event, so the same event never reaches the same member twice.
    event_key = models.CharField(max_length=120)
    delivery = models.CharField(max_length=12, choices=Delivery.choices)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "event_key"], name="one_notification_per_event"
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["delivery", "emailed_at"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient_id}"

    def get_absolute_url(self):
        if self.initiative_id:
            # Curators hear of changes; once the entry is no longer public, their queue.
            if self.kind == NotificationKind.INITIATIVE_EDITED and not self.initiative.is_published:
                return reverse("initiatives:curation-queue")
            return self.initiative.get_absolute_url()
        if self.answer_id:
            return self.answer.get_absolute_url()
        if self.question_id:
            return self.question.get_absolute_url()
        return "/moderatie/"


class NotificationPreference(models.Model):
    """A member's choice of delivery for one kind of event (absent: DEFAULT_DELIVERY)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("event"), max_length=24, choices=NotificationKind.choices)
    delivery = models.CharField(_("delivery"), max_length=12, choices=Delivery.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind"),
        ]

    def __str__(self):
        return f"{self.user_id} {self.kind}: {self.delivery}"


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
