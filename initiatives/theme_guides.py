"""A theme's guide (the "handreiking"): an introduction in Markdown that curators keep, and
when they last reviewed it. Every step keeps the text it replaced, who took it, when and
which step it was (the introduction edited, an answer pinned, unpinned or moved: the pinned
answers are the vraagbaak's, which writes here through services.theme_guides): the guide's
own curation log. A leaf model module, imported by models.py."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class GuideStep(models.TextChoices):
    INTRO = "intro", _("Description and introduction edited")
    PIN = "pin", _("Answer pinned")
    UNPIN = "unpin", _("Answer unpinned")
    MOVE = "move", _("Pinned answers reordered")


class ThemeGuideRevision(models.Model):
    theme = models.ForeignKey(
        "initiatives.Theme", verbose_name=_("theme"), on_delete=models.CASCADE,
        related_name="guide_revisions",
    )
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("edited by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    step = models.CharField(_("step"), max_length=12, choices=GuideStep.choices,
                            default=GuideStep.INTRO)
    previous_intro = models.TextField(_("earlier introduction"), blank=True)
    previous_description = models.TextField(_("earlier description"), blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("edited at"), auto_now_add=True)

    class Meta:
        verbose_name = _("theme guide revision")
        verbose_name_plural = _("theme guide revisions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.theme_id} ({self.created_at:%Y-%m-%d})"
