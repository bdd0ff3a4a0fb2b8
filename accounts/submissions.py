"""Idempotent posting: every create form carries a one-time token (OneTimeTokenMixin); the
view claims it before creating and records where the new thing lives, so a second submit
of the same form leads to the first result instead of a second copy.

    earlier = submission_claim(user=request.user, token=form.cleaned_data["form_token"])
    if earlier is not None:
        return redirect(earlier)  # with a message
    post = question_create(...)
    submission_record(user=request.user, token=..., url=post.get_absolute_url())

Call both inside the request's transaction (ATOMIC_REQUESTS): a create that fails rolls the
claim back, so a corrected form can still be sent with the same token.
"""

import secrets
from datetime import timedelta

from django import forms
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import SubmissionToken

# Same title by the same author within this period is the same post (a second tab, a retry).
DUPLICATE_WINDOW = timedelta(minutes=10)
TOKEN_KEEP = timedelta(days=2)
SENT_BEFORE = _("This was sent already: here is what the first send saved.")


class OneTimeTokenMixin(forms.Form):
    form_token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form_token"].initial = secrets.token_urlsafe(24)

    def clean(self):
        cleaned = super().clean()
        # Kept beside cleaned_data, which stays the post's own fields for the services.
        self.form_token = cleaned.pop("form_token", "") or ""
        return cleaned


def submission_claim(*, user, token: str) -> str | None:
    """Claim `token` for `user`. None when it was free (go on and create); else the address
    of what the earlier submit made ("" while that one is still being saved elsewhere)."""
    if not token:
        return None
    try:
        with transaction.atomic():
            SubmissionToken.objects.create(user=user, token=token)
    except IntegrityError:
        earlier = SubmissionToken.objects.filter(user=user, token=token).first()
        return earlier.url if earlier else ""
    return None


def submission_record(*, user, token: str, url: str) -> None:
    if token:
        SubmissionToken.objects.filter(user=user, token=token).update(url=url[:500])


def submission_tokens_purge(*, now=None) -> int:
    """Forget tokens older than TOKEN_KEEP (the scheduler runs this daily)."""
    cutoff = (now or timezone.now()) - TOKEN_KEEP
    return SubmissionToken.objects.filter(created_at__lt=cutoff).delete()[0]


def submission_earlier(*, user, token: str, recent_url: str | None = None,
                       claim: bool = True) -> str | None:
    """Where a second submit should lead, or None when this is the first: the address of the
    same post made moments ago (`recent_url`, found by the caller: the same title by the same
    author within DUPLICATE_WINDOW), or of what an earlier submit of this form's token made
    ("" when it recorded no address). Claims the token when it was free, unless `claim`
    is false (the form is shown again, to confirm a step, before anything is made): then
    it only looks."""
    if recent_url:
        if submission_claim(user=user, token=token) is None:
            submission_record(user=user, token=token, url=recent_url)
        return recent_url
    if not claim:
        earlier = SubmissionToken.objects.filter(user=user, token=token).first() if token else None
        return None if earlier is None else earlier.url
    return submission_claim(user=user, token=token)
