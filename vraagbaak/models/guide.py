"""The canonical answers a curator pins in a theme's guide (the "handreiking"), in an order.

The guide itself (its introduction, when it was last reviewed, its log) is the registry's
(initiatives.theme_guides); the answers are ours, so the pins live here and the theme's page
shows them through a section (vraagbaak.sections.theme_pinned_answers)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PinnedAnswer(models.Model):
    theme = models.ForeignKey(
        "initiatives.Theme", verbose_name=_("theme"), on_delete=models.CASCADE,
        related_name="pinned_answers",
    )
    answer = models.ForeignKey(
        "vraagbaak.Answer", verbose_name=_("answer"), on_delete=models.CASCADE,
        related_name="pins",
    )
    # 1, 2, 3 … within the theme; the services keep them without gaps.
    position = models.PositiveSmallIntegerField(_("position"))
    pinned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("pinned by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    created_at = models.DateTimeField(_("pinned at"), auto_now_add=True)

    class Meta:
        verbose_name = _("pinned answer")
        verbose_name_plural = _("pinned answers")
        ordering = ["theme", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["theme", "answer"], name="pinned_answer_once_per_theme"),
        ]

    def __str__(self):
        return f"{self.theme_id}: {self.answer_id} ({self.position})"
