"""One record onto one initiative: create it, or update what nobody changed since the source gave it.

Per field, `Initiative.source_values` holds what the source last gave (provenance.py). On a
re-import each field is one of:

- untouched (its value is still the source's): it takes the source's new value;
- changed by a person, and the source did not change it: the person's value stays;
- changed by a person, and the source changed it too: the person's value stays and an
  `ImportConflict` is opened (or, when one is open, given the newer source value), for a
  curator to decide on the import conflicts page.

The source's own facts (its link and its "date updated") are always the source's. "Last
confirmed" is left to people: an import never sets it. Themes derived by the import are
marked suggested, and are replaced by a newer suggestion only while no curator confirmed
or changed them.
"""

from django.utils import timezone

from ..models import CurationAction, CurationStep, Initiative
from ..provenance import ImportConflict, plain
from ..services.curation import unique_slug
from ..services.search import initiative_index
from ..vocabularies import PublicationState

# The source's facts about its own entry: never edited here, so always taken as they come.
SOURCE_FACTS = ("source_url", "source_updated_on")
LEAD = "lead_organisation"


def apply_record(record, *, organisation, themes, publish, actor, result) -> None:
    initiative = (
        Initiative.objects.filter(source=record.source, source_id=record.source_id).first()
    )
    if initiative is None:
        _create(record, organisation, themes, publish, actor)
        result.created.append(record.source_id)
        return
    changed, conflicts = _update_fields(initiative, record, organisation)
    themes_changed = _update_themes(initiative, themes)
    publish_now = publish and initiative.publication_state == PublicationState.SUBMITTED
    if publish_now:
        initiative.publication_state = PublicationState.PUBLISHED
        initiative.published_at = initiative.published_at or timezone.now()
    result.conflicts.extend((record.source_id, field) for field in conflicts)
    if not (changed or themes_changed or publish_now or conflicts):
        result.unchanged.append(record.source_id)
        return
    initiative.save()
    note = f"{record.source} {record.source_id} (update)"
    if conflicts:
        note += " conflicts: " + ", ".join(conflicts)
    CurationAction.objects.create(
        initiative=initiative, actor=actor, step=CurationStep.IMPORT, note=note
    )
    initiative_index(initiative=initiative)
    result.updated.append(record.source_id)


def _source_values(record, organisation) -> dict:
    values = {name: plain(value) for name, value in record.values.items() if name not in SOURCE_FACTS}
    values[LEAD] = organisation.pk
    return values


def _create(record, organisation, themes, publish, actor) -> Initiative:
    now = timezone.now()
    initiative = Initiative(
        **record.values,
        slug=unique_slug(record.values["title"]),
        lead_organisation=organisation,
        source=record.source,
        source_id=record.source_id,
        source_values=_source_values(record, organisation),
        themes_suggested=bool(themes),
        publication_state=PublicationState.SUBMITTED,
    )
    if publish:
        initiative.publication_state = PublicationState.PUBLISHED
        initiative.published_at = now
        initiative.reviewed_by, initiative.reviewed_at = actor, now
    initiative.save()
    initiative.themes.set(themes)
    CurationAction.objects.create(
        initiative=initiative, actor=actor, step=CurationStep.IMPORT,
        note=f"{record.source} {record.source_id}",
    )
    initiative_index(initiative=initiative)
    return initiative


def _current(initiative: Initiative, field: str):
    return initiative.lead_organisation_id if field == LEAD else plain(getattr(initiative, field))


def _set(initiative: Initiative, field: str, record, organisation) -> None:
    if field == LEAD:
        initiative.lead_organisation = organisation
    else:
        setattr(initiative, field, record.values[field])


def _update_fields(initiative: Initiative, record, organisation) -> tuple[bool, list[str]]:
    """Apply the record's values field by field; (anything changed, fields in conflict)."""
    changed = False
    for field in SOURCE_FACTS:
        if field in record.values and plain(getattr(initiative, field)) != plain(record.values[field]):
            setattr(initiative, field, record.values[field])
            changed = True
    known = initiative.source_values or {}
    new = _source_values(record, organisation)
    conflicts = []
    for field, source_value in new.items():
        current = _current(initiative, field)
        # An entry imported before provenance was kept has no values: all were the source's.
        previous = known.get(field, current)
        if current == source_value:
            continue
        if current == previous:
            _set(initiative, field, record, organisation)
            changed = True
        elif source_value != previous:
            _open_conflict(initiative, field, source_value, current)
            conflicts.append(field)
    if new != known:
        initiative.source_values = new
        changed = True
    return changed, conflicts


def _open_conflict(initiative, field, source_value, person_value) -> None:
    ImportConflict.objects.update_or_create(
        initiative=initiative, field=field, resolved_at__isnull=True,
        defaults={"source_value": source_value, "person_value": person_value},
    )


def _update_themes(initiative: Initiative, themes) -> bool:
    """A newer suggestion replaces the old one; themes a curator set or confirmed stay."""
    current = set(initiative.themes.values_list("pk", flat=True))
    wanted = {theme.pk for theme in themes}
    if not wanted or wanted == current:
        return False
    if current and not initiative.themes_suggested:
        return False
    initiative.themes.set(themes)
    initiative.themes_suggested = True
    return True
