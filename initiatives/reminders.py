"""Once a year the owner and the contact person of a published initiative that nobody
confirmed for a year are asked to confirm it or bring it up to date (manage.py
remind_to_confirm, run daily by the scheduler). The curators' queue lists what stays
unconfirmed (InitiativeQuerySet.not_confirmed_since).

Members (the proposer, the contact person's account) are told through notify(), so their
notification preferences apply (kind "confirm-due", e-mail at once by default). A contact
address without an account gets a plain e-mail after the commit.
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.notifications.kinds import NotificationKind
from accounts.notifications.services import notify

from .models import Initiative

REMIND_EVERY_DAYS = 365


def due_for_reminder(now=None):
    """Published, not confirmed for a year, and not reminded in the last year."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=REMIND_EVERY_DAYS)
    return Initiative.objects.not_confirmed_since(REMIND_EVERY_DAYS).filter(
        Q(confirm_reminded_at__isnull=True) | Q(confirm_reminded_at__lt=cutoff)
    )


def _members(initiative: Initiative) -> list[User]:
    return [user for user in (initiative.submitted_by, initiative.contact_user)
            if user is not None and user.is_active]


def _bare_address(initiative: Initiative) -> str:
    """The contact address when no account stands behind it."""
    return initiative.contact_email.lower() if initiative.contact_email and not (
        initiative.contact_user_id) else ""


@transaction.atomic
def confirmation_reminders_send(*, now=None) -> int:
    """Remind each initiative due; returns how many were reminded. Safe to run twice a day."""
    now = now or timezone.now()
    initiatives = list(
        due_for_reminder(now).select_for_update(of=("self",))
        .select_related("submitted_by", "contact_user")
    )
    reminded = 0
    for initiative in initiatives:
        members, address = _members(initiative), _bare_address(initiative)
        if members:
            notify(recipients=members, kind=NotificationKind.CONFIRM_DUE,
                   event_key=f"{initiative.pk}:{now:%Y-%m-%d}", target=initiative)
        if address and address not in {user.email.lower() for user in members}:
            _send_after_commit(initiative, [address])
        reminded += bool(members or address)
    Initiative.objects.filter(pk__in=[i.pk for i in initiatives]).update(confirm_reminded_at=now)
    return reminded


def _send_after_commit(initiative: Initiative, to: list[str]) -> None:
    url = getattr(settings, "SITE_URL", "").rstrip("/") + reverse(
        "initiatives:initiative-detail", args=[initiative.slug]
    )
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Is “%(title)s” still current?") % {"title": initiative.title}
        body = _(
            "Nobody confirmed the initiative “%(title)s” in the AI-vraagbaak for a year. "
            "Is it still current? Confirm it, or update what changed, at %(url)s"
        ) % {"title": initiative.title, "url": url}
    transaction.on_commit(lambda: send_mail(subject, body, None, to))
