"""Background work of the registry: e-mail about curation (imports run in importers/jobs.py).

The e-mails are the fallback of initiatives.events: a portal whose settings name no
INITIATIVE_EVENT_HANDLERS tells the proposer and the curators with these plain
e-mails. With the vraagbaak part, its notification system tells them instead.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from accounts.models import User

from .models import CurationStep, Initiative

# Marked for translation here, translated when the mail is written (in LANGUAGE_CODE).
SUBJECTS = {
    CurationStep.PUBLISH: gettext_noop("Your initiative “%(title)s” has been published"),
    CurationStep.REQUEST_CHANGES: gettext_noop("Changes requested for your initiative “%(title)s”"),
    CurationStep.REJECT: gettext_noop("Your initiative “%(title)s” was not accepted"),
}


def _site_url(path: str) -> str:
    return getattr(settings, "SITE_URL", "").rstrip("/") + path


@task
def notify_proposer(*, initiative_id: int, step: str) -> None:
    initiative = Initiative.objects.select_related("submitted_by").filter(pk=initiative_id).first()
    if initiative is None or initiative.submitted_by is None or step not in SUBJECTS:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = _(SUBJECTS[step]) % {"title": initiative.title}
        lines = [subject + "."]
        if initiative.review_note:
            lines += ["", _("Note from the curator:"), initiative.review_note]
        lines += ["", _site_url(reverse("initiatives:initiative-detail", args=[initiative.slug]))]
    send_mail(
        settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, "\n".join(lines),
        None, [initiative.submitted_by.email],
    )


@task
def notify_curators_of_edit(*, initiative_id: int, editor_id: int) -> None:
    initiative = Initiative.objects.filter(pk=initiative_id).first()
    editor = User.objects.filter(pk=editor_id).first()
    if initiative is None:
        return
    recipients = list(
        User.objects.curators().exclude(pk=editor_id).values_list("email", flat=True)
    )
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Initiative “%(title)s” was edited by its owner") % {"title": initiative.title}
        body = "\n".join([
            _("%(name)s edited a published initiative; the earlier version is kept as a revision.")
            % {"name": editor.public_name if editor else "?"},
            "",
            _site_url(reverse("initiatives:initiative-detail", args=[initiative.slug])),
        ])
    send_mail(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body, None, recipients)
