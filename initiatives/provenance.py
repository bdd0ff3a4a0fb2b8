"""Where an imported initiative's values came from, and what to do when source and person disagree.

An imported initiative keeps, in `Initiative.source_values`, the value the source last gave
for each field an import writes. A field whose value now differs from it was changed by a
person (a curator, the owner): a re-import leaves it alone. When the source then changes
that field too, the import records an `ImportConflict`, and a curator takes one side.

A leaf: it names the Initiative model by its label only, so models.py can import it.
"""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

FROM_SOURCE = "source"
FROM_PERSON = "person"


def plain(value):
    """A field's value as JSON can hold it: dates as ISO text, the rest as it is."""
    if isinstance(value, date):
        return value.isoformat()
    return value


def origin(initiative, field: str) -> str | None:
    """FROM_SOURCE, FROM_PERSON, or None when the source never gave the field."""
    values = initiative.source_values or {}
    if field not in values:
        return None
    return FROM_SOURCE if plain(getattr(initiative, field)) == values[field] else FROM_PERSON


class ImportConflictQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class ImportConflict(models.Model):
    """The source changed a field that a person had changed before; a curator decides."""

    class Side(models.TextChoices):
        SOURCE = FROM_SOURCE, _("The source's value")
        PERSON = FROM_PERSON, _("The value a person gave")

    initiative = models.ForeignKey(
        "initiatives.Initiative", verbose_name=_("initiative"), on_delete=models.CASCADE,
        related_name="import_conflicts",
    )
    field = models.CharField(_("field"), max_length=40)
    source_value = models.JSONField(_("value from the source"), null=True, blank=True)
    person_value = models.JSONField(_("value a person gave"), null=True, blank=True)
    created_at = models.DateTimeField(_("found at"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("resolved by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    resolution = models.CharField(_("chosen side"), max_length=10, choices=Side.choices, blank=True)

    objects = ImportConflictQuerySet.as_manager()

    class Meta:
        verbose_name = _("import conflict")
        verbose_name_plural = _("import conflicts")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One open conflict per field: a newer source value replaces the open one's.
            models.UniqueConstraint(
                fields=["initiative", "field"], condition=models.Q(resolved_at__isnull=True),
                name="import_conflict_one_open_per_field",
            ),
        ]

    def __str__(self):
        return f"{self.initiative_id}: {self.field}"
