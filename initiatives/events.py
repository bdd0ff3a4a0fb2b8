"""Events of the registry that a higher part of the portal may want to hear of.

initiatives never imports vraagbaak; yet the vraagbaak tells members in the app when
their proposal was reviewed. The services `emit` an event with its payload inside their
transaction; each handler named in the setting INITIATIVE_EVENT_HANDLERS (dotted paths
of functions `handle(event: str, **payload)`) is called at once, in that transaction,
and defers its own side effects (e-mail) with `transaction.on_commit`. A handler that
raises rolls the service's work back.

When no handler is configured (a portal without the vraagbaak part), the registry
e-mails the proposer and the curators itself (initiatives.tasks).

Events and their payload:
- INITIATIVE_REVIEWED, "initiative-reviewed": initiative, step (a CurationStep: publish,
  request-changes or reject), actor (the curator). The curator's note is
  `initiative.review_note`.
- INITIATIVE_EDITED, "initiative-edited": initiative, editor. Emitted when a published
  initiative is edited (by an owner, or by a curator).
"""

from functools import cache

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string

from .tasks import notify_curators_of_edit, notify_proposer

INITIATIVE_REVIEWED = "initiative-reviewed"
INITIATIVE_EDITED = "initiative-edited"
EVENTS = (INITIATIVE_REVIEWED, INITIATIVE_EDITED)


@cache
def _handlers(paths: tuple[str, ...]):
    return [import_string(path) for path in paths]


def handlers():
    """The configured handlers (looked up anew when the setting changes, as in tests)."""
    return _handlers(tuple(getattr(settings, "INITIATIVE_EVENT_HANDLERS", ())))


def emit(event: str, **payload) -> None:
    """Tell each configured handler of `event`; without handlers, send the registry's e-mail."""
    if event not in EVENTS:
        raise ValueError(f"Unknown initiative event: {event!r}")
    configured = handlers()
    if not configured:
        _email_fallback(event, **payload)
        return
    for handler in configured:
        handler(event, **payload)


def _email_fallback(event: str, **payload) -> None:
    initiative = payload["initiative"]
    if event == INITIATIVE_REVIEWED:
        if initiative.submitted_by_id:
            step = payload["step"]
            transaction.on_commit(
                lambda: notify_proposer.enqueue(initiative_id=initiative.pk, step=step)
            )
    elif event == INITIATIVE_EDITED:
        editor_id = payload["editor"].pk
        transaction.on_commit(
            lambda: notify_curators_of_edit.enqueue(
                initiative_id=initiative.pk, editor_id=editor_id
            )
        )
