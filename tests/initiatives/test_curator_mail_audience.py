"""The registry's own e-mail to the curators about an edited initiative goes only to
curators whose powers count: not to a curator without two-factor, and to a superuser with it."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import override_settings

from accounts import roles
from initiatives import services
from tests.factories import InitiativeFactory, make_member, make_role


@pytest.mark.django_db
@override_settings(INITIATIVE_EVENT_HANDLERS=[])
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
    (message,) = mailoutbox
    assert sorted(message.to) == sorted([curator.email, superuser.email])
    assert curator_without_mfa.email not in message.to
