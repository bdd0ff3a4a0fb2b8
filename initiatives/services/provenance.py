"""A curator's side of an import: resolving a conflict with the source, confirming suggested themes."""

from datetime import date

from django.db import models, transaction
from django.utils import timezone

from accounts.models import Organisation, User

from ..models import CurationAction, CurationStep, Initiative
from ..provenance import FROM_SOURCE, ImportConflict
from .search import initiative_index


class ConflictAlreadyResolved(Exception):
    """Someone resolved the conflict first."""


def _value(initiative: Initiative, field: str, stored):
    """`stored` (JSON) as the model field's value."""
    if field == "lead_organisation":
        return Organisation.objects.get(pk=stored)
    if stored and isinstance(initiative._meta.get_field(field), models.DateField):
        return date.fromisoformat(stored)
    return stored


@transaction.atomic
def import_conflict_resolve(*, conflict: ImportConflict, side: str, curator: User) -> ImportConflict:
    """Take the source's value or keep the person's. The caller checked can_curate(curator).

    Taking the source's value makes the field the source's again (it equals
    `source_values`), so later imports update it; keeping the person's leaves it theirs.
    """
    conflict = ImportConflict.objects.select_for_update().get(pk=conflict.pk)
    if conflict.resolved_at:
        raise ConflictAlreadyResolved
    initiative = Initiative.objects.select_for_update().get(pk=conflict.initiative_id)
    if side == FROM_SOURCE:
        setattr(initiative, conflict.field, _value(initiative, conflict.field, conflict.source_value))
        initiative.save()
        initiative_index(initiative=initiative)
    conflict.resolution, conflict.resolved_by, conflict.resolved_at = side, curator, timezone.now()
    conflict.save(update_fields=["resolution", "resolved_by", "resolved_at"])
    CurationAction.objects.create(
        initiative=initiative, actor=curator, step=CurationStep.RESOLVE_CONFLICT,
        note=f"{conflict.field}: {conflict.get_resolution_display()}",
    )
    return conflict


@transaction.atomic
def initiative_confirm_themes(*, initiative: Initiative, curator: User) -> None:
    """The import's suggested themes become the curator's. The caller checked can_curate."""
    Initiative.objects.filter(pk=initiative.pk).update(themes_suggested=False)
    initiative.themes_suggested = False
    CurationAction.objects.create(
        initiative=initiative, actor=curator, step=CurationStep.CONFIRM_THEMES,
        note=", ".join(initiative.themes.values_list("slug", flat=True)),
    )
