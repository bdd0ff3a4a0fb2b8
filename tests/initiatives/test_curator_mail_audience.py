"""The curators' notice of an edited initiative goes only to curators whose powers count: not
to a curator without two-factor, and to a superuser with it (in the app, and by e-mail in
their digest)."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from accounts import roles
from accounts.notifications.tasks import digest_send
from initiatives import services
from tests.factories import InitiativeFactory, make_member, make_role


@pytest.mark.django_db
def test_edit_mail_skips_a_curator_without_two_factor(
    member, mailoutbox, django_capture_on_commit_callbacks
):
    curator = make_role(roles.CURATOR)
    curator_without_mfa = make_role(roles.CURATOR, mfa=False)
    superuser = make_member(is_superuser=True, is_staff=True)
    TOTP.activate(superuser, generate_totp_secret())
    published = InitiativeFactory(submitted_by=member)
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_update(initiative=published, edited_by=member, data={"title": "X"})
    digest_send()
    recipients = [address for message in mailoutbox for address in message.to]
    assert sorted(recipients) == sorted([curator.email, superuser.email])
    assert curator_without_mfa.email not in recipients
