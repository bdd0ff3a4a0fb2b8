"""What members are told, and how they want to be told."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .kinds import Delivery, NotificationKind


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)

    def awaiting_digest(self):
        return self.filter(delivery=Delivery.DIGEST, emailed_at__isnull=True)

    def with_objects(self):
        """With the actor and the target loaded, one query per kind of target, so that a list
        of them words and links each one without a query of its own. A target model may say
        how it is loaded through a classmethod `notification_queryset()` (answers with their
        question, which is then their context too)."""
        querysets = [model.notification_queryset() for model in apps.get_models()
                     if hasattr(model, "notification_queryset")]
        return self.select_related("actor").prefetch_related(GenericPrefetch("target", querysets))


class Notification(models.Model):
    """One event told to one member, in the app and maybe by e-mail.

    What it is about is generic, so this part names no higher one: `target` is where its
    link leads (an answer, a question, an initiative), `context` the object whose title its
    wording names (the answer's question; the target itself when given none). A higher
    model that must take its notifications along when deleted declares a GenericRelation
    to this model on the matching fields.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("event"), max_length=24, choices=NotificationKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    target_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    context_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    context_id = models.PositiveBigIntegerField(null=True, blank=True)
    context = GenericForeignKey("context_type", "context_id")
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
                fields=["recipient", "event_key"], name="notification_once_per_event"
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["delivery", "emailed_at"]),
            models.Index(fields=["target_type", "target_id"]),
            models.Index(fields=["context_type", "context_id"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient_id}"

    def get_absolute_url(self):
        """The target's page; a target may say otherwise per notification through a method
        `notification_url(notification)` (the registry sends curators to their queue once an
        edited initiative is no longer public)."""
        target = self.target
        if target is None:
            return reverse("notifications:notification-list")
        link = getattr(target, "notification_url", None)
        return link(self) if link is not None else target.get_absolute_url()

    @property
    def title(self) -> str:
        """The title of what it is about (the context), as its wording names it."""
        subject = self.subject
        return getattr(subject, "title", "") if subject is not None else ""

    @property
    def subject(self):
        """The context, from what is loaded where it can be: the target itself, or the
        object the loaded target points at (an answer's question); else fetched."""
        if (self.context_type_id, self.context_id) == (self.target_type_id, self.target_id):
            return self.target
        target = self.target
        for field in target._meta.concrete_fields if target is not None else ():
            if (field.many_to_one and field.is_cached(target)
                    and getattr(target, field.attname) == self.context_id
                    and ContentType.objects.get_for_model(field.related_model).pk
                    == self.context_type_id):
                return field.get_cached_value(target)
        return self.context


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
            models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_per_kind"),
        ]

    def __str__(self):
        return f"{self.user_id} {self.kind}: {self.delivery}"
