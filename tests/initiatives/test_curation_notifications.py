"""The registry tells people of its curation steps by calling notify() directly, inside the
service's transaction: a curator's decision reaches the proposer (in the app, and by e-mail
as they chose), an edit of a published initiative reaches the curators; a failure inside
notify() rolls the step back."""

import pytest
from django.utils import translation

from accounts import roles
from accounts.notifications import services as notification_services
from accounts.notifications.kinds import (
    KINDS,
    PUBLISH,
    REJECT,
    REQUEST_CHANGES,
    Delivery,
    NotificationKind,
)
from accounts.notifications.models import Notification
from initiatives import services
from initiatives.models import CurationStep, Initiative
from initiatives.vocabularies import PublicationState
from tests.factories import InitiativeFactory, make_member, make_role

K = NotificationKind


@pytest.fixture
def proposal(member):
    return InitiativeFactory(submitted_by=member, publication_state=PublicationState.SUBMITTED)


def told(**filters):
    """(recipient, kind, variant) of the notifications made, oldest first."""
    return list(Notification.objects.filter(**filters).order_by("pk").values_list(
        "recipient_id", "kind", "variant"))


def test_the_decision_variants_are_the_registrys_curation_steps():
    assert (PUBLISH, REQUEST_CHANGES, REJECT) == (
        CurationStep.PUBLISH, CurationStep.REQUEST_CHANGES, CurationStep.REJECT)
    assert set(KINDS[K.INITIATIVE_REVIEWED].variants) == {PUBLISH, REQUEST_CHANGES, REJECT}


@pytest.mark.django_db
def test_reviews_reach_the_proposer_and_a_published_edit_the_curators(
    proposal, curator, member, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_request_changes(initiative=proposal, curator=curator, note="Bron?")
        services.initiative_update(initiative=proposal, edited_by=member, data={"title": "Nieuw"})
        services.initiative_publish(initiative=proposal, curator=curator)
        services.initiative_update(initiative=proposal, edited_by=member, data={"title": "Weer"})
    assert told() == [
        (member.pk, K.INITIATIVE_REVIEWED, CurationStep.REQUEST_CHANGES),
        # the edit while changes were requested is not news: only a published one is
        (member.pk, K.INITIATIVE_REVIEWED, CurationStep.PUBLISH),
        (curator.pk, K.INITIATIVE_EDITED, ""),
    ]
    request_changes, publish, edited = Notification.objects.order_by("pk").with_objects()
    assert request_changes.target == proposal and request_changes.actor == curator
    assert request_changes.note == "Bron?" and publish.note == ""
    assert edited.actor == member and edited.target.title == "Weer"
    assert edited.delivery == Delivery.DIGEST
    # The proposer's decisions go by e-mail at once (their default); the edit waits for the digest.
    assert [message.to for message in mailoutbox] == [[member.email], [member.email]]


@pytest.mark.django_db
@pytest.mark.parametrize("step", ["review", "edit"])
def test_a_failure_inside_notify_rolls_the_step_back(proposal, curator, member, monkeypatch, step):
    def fail(*args, **kwargs):
        raise RuntimeError("the notification could not be stored")

    make_role(roles.CURATOR)  # someone to tell of the edit
    if step == "edit":
        Initiative.objects.filter(pk=proposal.pk).update(
            publication_state=PublicationState.PUBLISHED)
    monkeypatch.setattr(notification_services, "deliveries_for", fail)
    with pytest.raises(RuntimeError):
        if step == "review":
            services.initiative_publish(initiative=proposal, curator=curator)
        else:
            services.initiative_update(initiative=proposal, edited_by=member, data={"title": "X"})
    proposal.refresh_from_db()
    assert proposal.publication_state == (
        PublicationState.SUBMITTED if step == "review" else PublicationState.PUBLISHED)
    assert proposal.title != "X"
    assert not proposal.revisions.exists() and not Notification.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("service", "step", "note", "words"), [
    ("publish", CurationStep.PUBLISH, "", "published your initiative"),
    ("request_changes", CurationStep.REQUEST_CHANGES, "Graag aanvullen.",
     "asks you to change your initiative"),
    ("reject", CurationStep.REJECT, "Geen AI.", "did not accept your initiative"),
])
def test_the_proposer_is_told_of_each_decision_by_email(
    proposal, curator, member, mailoutbox, django_capture_on_commit_callbacks, service, step,
    note, words,
):
    member.language = "en"
    member.save()
    with django_capture_on_commit_callbacks(execute=True):
        getattr(services, f"initiative_{service}")(initiative=proposal, curator=curator, note=note)
    assert told() == [(member.pk, K.INITIATIVE_REVIEWED, step)]
    (message,) = mailoutbox
    assert message.to == [member.email]
    with translation.override("en"):
        assert words in message.subject and proposal.title in message.subject
    assert note in message.body and f"/initiatieven/{proposal.slug}/" in message.body


@pytest.mark.django_db
def test_an_imported_initiative_without_proposer_tells_nobody(
    curator, mailoutbox, django_capture_on_commit_callbacks
):
    imported = InitiativeFactory(publication_state=PublicationState.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_publish(initiative=imported, curator=curator)
    assert not Notification.objects.exists()
    assert mailoutbox == []


@pytest.mark.django_db
def test_a_curators_edit_of_a_published_initiative_reaches_the_other_curators(
    curator, member, django_capture_on_commit_callbacks
):
    other_curator = make_role(roles.CURATOR)
    make_member()  # a bystander
    published = InitiativeFactory(submitted_by=member)
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_update(initiative=published, edited_by=curator, data={"title": "X"})
    assert told() == [(other_curator.pk, K.INITIATIVE_EDITED, "")]
