"""The registry's curation events, told in the app (named in INITIATIVE_EVENT_HANDLERS).

initiatives.events calls `handle` inside the service's transaction; `notify` makes the
rows at once and sends e-mail after the commit, as each recipient chose.
"""

from django.contrib.auth import get_user_model

from initiatives.events import INITIATIVE_EDITED, INITIATIVE_REVIEWED

from ..models import NotificationKind
from .services import notify


def _stamp(moment) -> str:
    return f"{moment:%Y%m%d%H%M%S%f}" if moment else "0"


def handle(event: str, **payload) -> None:
    if event == INITIATIVE_REVIEWED:
        initiative_reviewed(**payload)
    elif event == INITIATIVE_EDITED:
        initiative_edited(**payload)


def initiative_reviewed(*, initiative, step: str, actor) -> None:
    """The proposer and the contact person hear of a curator's decision, with its note.

    The step is the notification's variant: notification_text words the sentence by it.
    """
    notify(
        recipients=get_user_model().objects.filter(
            pk__in=[initiative.submitted_by_id, initiative.contact_user_id]
        ),
        kind=NotificationKind.INITIATIVE_REVIEWED,
        event_key=f"{step}:{initiative.pk}:{_stamp(initiative.reviewed_at)}",
        actor=actor, initiative=initiative, note=initiative.review_note, variant=step,
    )


def initiative_edited(*, initiative, editor) -> None:
    """The curators (except the editor) hear that a published initiative changed."""
    notify(
        recipients=get_user_model().objects.curators(), kind=NotificationKind.INITIATIVE_EDITED,
        event_key=f"{initiative.pk}:{_stamp(initiative.updated_at)}",
        actor=editor, initiative=initiative,
    )
