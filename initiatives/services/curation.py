from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from accounts.notifications.kinds import NotificationKind
from accounts.notifications.services import notify

from ..models import CurationAction, CurationStep, Initiative, InitiativeRevision
from ..vocabularies import PublicationState
from .search import initiative_index

# What an owner edits (InitiativeForm shows them in this order) and a revision keeps.
EDITABLE_FORM_FIELDS = [
    "title", "summary", "description", "lead_organisation", "partner_organisations",
    "themes", "beleidsterrein", "tags", "status", "technique", "risk_group",
    "transparency_obligation", "start_date", "end_date", "website",
    "algoritmeregister_url", "source_code_url", "contact_name", "contact_email",
    "results", "lessons_learned",
]
# The relations among them are set apart, by _set_relations.
EDITABLE_RELATIONS = ("partner_organisations", "themes", "tags")
EDITABLE_FIELDS = [field for field in EDITABLE_FORM_FIELDS if field not in EDITABLE_RELATIONS]


class InitiativeEditConflict(Exception):
    """Someone else saved the initiative after the editor loaded it."""


def initiative_version(initiative: Initiative) -> str:
    """The version an editor loads with the form and sends back with the save."""
    return initiative.updated_at.isoformat()


def unique_slug(title: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:200] or "initiatief"
    slug, n = base, 2
    while Initiative.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _log(initiative: Initiative, actor: User | None, step: str, note: str = "") -> None:
    CurationAction.objects.create(initiative=initiative, actor=actor, step=step, note=note)


def _set_relations(initiative: Initiative, *, themes=None, partner_organisations=None, tags=None):
    if themes is not None:
        initiative.themes.set(themes)
    if partner_organisations is not None:
        # The lead is never its own partner: the organisation facet counts both.
        initiative.partner_organisations.set(
            [org for org in partner_organisations if org.pk != initiative.lead_organisation_id]
        )
    if tags is not None:
        initiative.tags.set(list(tags))


@transaction.atomic
def initiative_submit(
    *, submitted_by: User, data: dict, themes, partner_organisations=(), tags=()
) -> Initiative:
    """A member proposes an initiative: saved as submitted, invisible until published.

    `data` holds cleaned values of EDITABLE_FIELDS (a validated InitiativeForm).
    """
    initiative = Initiative(
        **{field: data[field] for field in EDITABLE_FIELDS if field in data},
        slug=unique_slug(data["title"]),
        submitted_by=submitted_by,
        publication_state=PublicationState.SUBMITTED,
    )
    initiative.save()
    _set_relations(initiative, themes=themes, partner_organisations=partner_organisations, tags=tags)
    _log(initiative, submitted_by, CurationStep.SUBMIT)
    initiative_index(initiative=initiative)
    return initiative


def snapshot(initiative: Initiative) -> dict:
    """The editable content of `initiative` as JSON-ready data, for a revision."""
    data = {}
    for field in EDITABLE_FIELDS:
        value = getattr(initiative, field + "_id" if field == "lead_organisation" else field)
        data[field] = value.isoformat() if hasattr(value, "isoformat") else value
    data["themes"] = sorted(initiative.themes.values_list("slug", flat=True))
    data["partner_organisations"] = sorted(
        initiative.partner_organisations.values_list("slug", flat=True)
    )
    data["tags"] = sorted(initiative.tags.names())
    return data


@transaction.atomic
def initiative_update(
    *, initiative: Initiative, edited_by: User, data: dict, themes=None,
    partner_organisations=None, tags=None, loaded_version: str | None = None,
) -> Initiative:
    """An owner (or curator) edits: the earlier version is kept as a revision.

    The caller checked can_edit(edited_by, initiative). With `loaded_version` (from
    initiative_version when the editor opened the form), a save that someone else's save
    overtook raises InitiativeEditConflict and changes nothing. The comparison is made
    under the row lock: of two saves from one version, the second waits for the first and
    then sees its newer version. A published edit is told to the curators; an edit after
    "changes requested" goes back to the review queue.
    """
    initiative = Initiative.objects.select_for_update().get(pk=initiative.pk)
    if loaded_version and loaded_version != initiative_version(initiative):
        raise InitiativeEditConflict
    InitiativeRevision.objects.create(
        initiative=initiative, edited_by=edited_by, data=snapshot(initiative)
    )
    for field in EDITABLE_FIELDS:
        if field in data:
            setattr(initiative, field, data[field])
    if initiative.publication_state == PublicationState.CHANGES_REQUESTED:
        initiative.publication_state = PublicationState.SUBMITTED
    initiative.save()
    _set_relations(initiative, themes=themes, partner_organisations=partner_organisations, tags=tags)
    _log(initiative, edited_by, CurationStep.EDIT)
    initiative_index(initiative=initiative)
    if initiative.is_published:
        _tell_curators_of_edit(initiative, edited_by)
    return initiative


def _review(initiative: Initiative, curator: User, state: str, step: str, note: str) -> Initiative:
    initiative = Initiative.objects.select_for_update().get(pk=initiative.pk)
    now = timezone.now()
    initiative.publication_state = state
    initiative.reviewed_by = curator
    initiative.reviewed_at = now
    initiative.review_note = note
    if state == PublicationState.PUBLISHED:
        initiative.published_at = initiative.published_at or now
        initiative.confirmed_at = initiative.confirmed_at or now
    initiative.save()
    _log(initiative, curator, step, note)
    _tell_proposer(initiative, step, curator)
    return initiative


def _stamp(moment) -> str:
    return f"{moment:%Y%m%d%H%M%S%f}" if moment else "0"


def _tell_proposer(initiative: Initiative, step: str, curator: User) -> None:
    """The proposer and the contact person hear of a curator's decision, with its note; the
    step is the notification's variant, which words the sentence."""
    notify(
        recipients=User.objects.filter(
            pk__in=[initiative.submitted_by_id, initiative.contact_user_id]
        ),
        kind=NotificationKind.INITIATIVE_REVIEWED,
        event_key=f"{step}:{initiative.pk}:{_stamp(initiative.reviewed_at)}",
        actor=curator, target=initiative, note=initiative.review_note, variant=step,
    )


def _tell_curators_of_edit(initiative: Initiative, editor: User) -> None:
    """The curators (except the editor) hear that a published initiative changed."""
    notify(
        recipients=User.objects.curators(), kind=NotificationKind.INITIATIVE_EDITED,
        event_key=f"{initiative.pk}:{_stamp(initiative.updated_at)}",
        actor=editor, target=initiative,
    )


@transaction.atomic
def initiative_publish(*, initiative: Initiative, curator: User, note: str = "") -> Initiative:
    """Make `initiative` public. The caller checked can_curate(curator)."""
    return _review(initiative, curator, PublicationState.PUBLISHED, CurationStep.PUBLISH, note)


@transaction.atomic
def initiative_request_changes(*, initiative: Initiative, curator: User, note: str) -> Initiative:
    """Send `initiative` back to its proposer with `note`. The caller checked can_curate."""
    return _review(
        initiative, curator, PublicationState.CHANGES_REQUESTED, CurationStep.REQUEST_CHANGES, note
    )


@transaction.atomic
def initiative_reject(*, initiative: Initiative, curator: User, note: str) -> Initiative:
    """Refuse `initiative` with a reason. The caller checked can_curate."""
    return _review(initiative, curator, PublicationState.REJECTED, CurationStep.REJECT, note)


@transaction.atomic
def initiative_archive(*, initiative: Initiative, curator: User, note: str = "") -> Initiative:
    """Take `initiative` out of the public registry. The caller checked can_curate."""
    initiative = Initiative.objects.select_for_update().get(pk=initiative.pk)
    initiative.publication_state = PublicationState.ARCHIVED
    initiative.save(update_fields=["publication_state", "updated_at"])
    _log(initiative, curator, CurationStep.ARCHIVE, note)
    return initiative


@transaction.atomic
def initiative_mark_good_example(*, initiative: Initiative, curator: User, value: bool = True):
    """Mark (or unmark) a good example. The caller checked can_curate."""
    Initiative.objects.filter(pk=initiative.pk).update(is_good_example=value)
    _log(initiative, curator, CurationStep.MARK_GOOD_EXAMPLE, "" if value else "-")


@transaction.atomic
def initiative_confirm(*, initiative: Initiative, user: User) -> Initiative:
    """An owner confirms the entry is still current. The caller checked can_edit."""
    now = timezone.now()
    Initiative.objects.filter(pk=initiative.pk).update(confirmed_at=now)
    initiative.confirmed_at = now
    _log(initiative, user, CurationStep.CONFIRM)
    return initiative
