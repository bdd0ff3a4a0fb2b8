"""The registry tells a higher part of the portal of its curation events through the handlers
named in INITIATIVE_EVENT_HANDLERS, inside the service's transaction; without handlers it
e-mails the proposer and the curators itself."""

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext

from accounts import roles
from initiatives import events, services
from initiatives.models import CurationStep, Initiative
from initiatives.tasks import SUBJECTS
from initiatives.vocabularies import PublicationState
from tests.factories import InitiativeFactory, make_member, make_role

HERE = "tests.initiatives.test_events"
received: list[tuple] = []


def record(event, **payload):
    # Called after the step is saved, before the commit (a failing handler undoes it, below).
    state = Initiative.objects.get(pk=payload["initiative"].pk).publication_state
    received.append((event, payload, state))


def refuse(event, **payload):
    raise RuntimeError("handler failed")


@pytest.fixture(autouse=True)
def _clear_received():
    received.clear()
    yield
    received.clear()


@pytest.fixture
def proposal(member):
    return InitiativeFactory(submitted_by=member, publication_state=PublicationState.SUBMITTED)


@pytest.mark.django_db
@override_settings(INITIATIVE_EVENT_HANDLERS=[f"{HERE}.record"])
def test_review_and_published_edit_are_emitted_to_the_handlers_inside_the_transaction(
    proposal, curator, member, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_request_changes(initiative=proposal, curator=curator, note="Bron?")
        services.initiative_update(initiative=proposal, edited_by=member, data={"title": "Nieuw"})
        services.initiative_publish(initiative=proposal, curator=curator)
        services.initiative_update(initiative=proposal, edited_by=member, data={"title": "Weer"})
    assert [(event, payload.get("step"), state) for event, payload, state in received] == [
        (events.INITIATIVE_REVIEWED, CurationStep.REQUEST_CHANGES,
         PublicationState.CHANGES_REQUESTED),
        # the edit while changes were requested is not news: only a published one is
        (events.INITIATIVE_REVIEWED, CurationStep.PUBLISH, PublicationState.PUBLISHED),
        (events.INITIATIVE_EDITED, None, PublicationState.PUBLISHED),
    ]
    (_, reviewed, _), _, (_, edited, _) = received
    assert reviewed["initiative"].pk == proposal.pk and reviewed["actor"] == curator
    assert reviewed["initiative"].review_note == "Bron?"
    assert edited["editor"] == member and edited["initiative"].title == "Weer"
    assert mailoutbox == []  # a handler is configured: the registry sends no mail of its own


@pytest.mark.django_db
@override_settings(INITIATIVE_EVENT_HANDLERS=[f"{HERE}.refuse"])
def test_a_failing_handler_rolls_the_step_back(proposal, curator):
    with pytest.raises(RuntimeError):
        services.initiative_publish(initiative=proposal, curator=curator)
    assert Initiative.objects.get(pk=proposal.pk).publication_state == PublicationState.SUBMITTED


def test_unknown_events_are_refused():
    with pytest.raises(ValueError, match="Unknown initiative event"):
        events.emit("initiative-eaten", initiative=None)


@pytest.mark.django_db
@override_settings(INITIATIVE_EVENT_HANDLERS=[])
@pytest.mark.parametrize(("service", "step", "note"), [
    ("publish", CurationStep.PUBLISH, ""),
    ("request_changes", CurationStep.REQUEST_CHANGES, "Graag aanvullen."),
    ("reject", CurationStep.REJECT, "Geen AI."),
])
def test_without_handlers_the_proposer_is_emailed(proposal, curator, member, mailoutbox,
                                                   django_capture_on_commit_callbacks, service,
                                                   step, note):
    with django_capture_on_commit_callbacks(execute=True):
        getattr(services, f"initiative_{service}")(initiative=proposal, curator=curator, note=note)
    (message,) = mailoutbox
    assert message.to == [member.email]
    with translation.override(settings.LANGUAGE_CODE):  # the registry's own plain mail
        assert message.subject.endswith(gettext(SUBJECTS[step]) % {"title": proposal.title})
    assert note in message.body and f"/initiatieven/{proposal.slug}/" in message.body
    assert received == []


@pytest.mark.django_db
@override_settings(INITIATIVE_EVENT_HANDLERS=[])
def test_without_handlers_an_imported_initiative_without_proposer_mails_nobody(
    curator, mailoutbox, django_capture_on_commit_callbacks
):
    imported = InitiativeFactory(publication_state=PublicationState.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_publish(initiative=imported, curator=curator)
    assert mailoutbox == []


@pytest.mark.django_db
@override_settings(INITIATIVE_EVENT_HANDLERS=[])
def test_without_handlers_the_other_curators_are_emailed_of_a_published_edit(
    curator, member, mailoutbox, django_capture_on_commit_callbacks
):
    other_curator = make_role(roles.CURATOR)
    make_member()  # a bystander
    published = InitiativeFactory(submitted_by=member)
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_update(initiative=published, edited_by=curator, data={"title": "X"})
    (message,) = mailoutbox
    assert message.to == [other_curator.email]
