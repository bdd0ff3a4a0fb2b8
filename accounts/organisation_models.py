"""What organisations are known by beyond their name: their e-mail domains, and the log of
what curators did to them (merges, types, aliases). Imported by accounts.models."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationDomain(models.Model):
    """An e-mail domain of an organisation: an address there may sign up and joins it."""

    organisation = models.ForeignKey(
        "accounts.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE,
        related_name="domains",
    )
    domain = models.CharField(_("e-mail domain"), max_length=253, unique=True)

    class Meta:
        verbose_name = _("e-mail domain")
        verbose_name_plural = _("e-mail domains")
        ordering = ["domain"]

    def __str__(self):
        return self.domain

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lower().rstrip(".")
        super().save(*args, **kwargs)


class OrganisationLogEntry(models.Model):
    """Append-only: one step a curator took on the organisations."""

    class Action(models.TextChoices):
        MERGE = "merge", _("Merged")
        TYPE = "type", _("Type changed")
        ALIAS_ADD = "alias-add", _("Alias added")
        ALIAS_REMOVE = "alias-remove", _("Alias removed")
        DOMAIN_ADD = "domain-add", _("E-mail domain added")
        CREATE = "create", _("Created")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation", verbose_name=_("organisation"), on_delete=models.SET_NULL,
        null=True, related_name="log_entries",
    )
    action = models.CharField(_("step"), max_length=20, choices=Action.choices)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation log entry")
        verbose_name_plural = _("organisation log")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()}: {self.note}"
