"""The registry's curation events reach people in the app: a curator's decision reaches the
proposer and the contact person (by e-mail at once by default), an edit of a published
initiative reaches the curators (in the daily digest by default); nobody else hears of it,
the actor never hears of their own step, and the page of notifications shows them."""

from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.db import connection
from django.urls import resolve, reverse
from django.utils import translation

from accounts import roles
from accounts.notifications.kinds import Delivery, NotificationKind
from accounts.notifications.models import Notification, NotificationPreference
from accounts.notifications.services import preferences_set
from accounts.notifications.tasks import digest_send
from accounts.notifications.texts import notification_text
from accounts.notifications.tokens import read_unsubscribe_token
from initiatives.services import initiative_update
from initiatives.vocabularies import PublicationState
from tests.factories import InitiativeFactory, make_member, make_role

K = NotificationKind
NOTE = "Graag de resultaten aanvullen."


@pytest.fixture
def proposer(db):
    return make_member(display_name="Fatima Bakker")


@pytest.fixture
def proposal(proposer):
    return InitiativeFactory(
        slug="voorstel", title="Slimme vertaalhulp", submitted_by=proposer,
        publication_state=PublicationState.SUBMITTED,
    )


@pytest.fixture
def curator(db):
    return make_role(roles.CURATOR, display_name="Cor Curator")


@pytest.fixture
def other_curator(db):
    return make_role(roles.CURATOR, display_name="Carla Curator")


@pytest.fixture
def published(proposer):
    return InitiativeFactory(slug="gepubliceerd", title="Chatbot burgerzaken",
                             submitted_by=proposer)


def review(client, curator, initiative, capture, **data):
    client.force_login(curator)
    with capture(execute=True):
        response = client.post(
            reverse("initiatives:curation-review", args=[initiative.slug]), data
        )
    assert response.status_code == HTTPStatus.FOUND
    return response


def edit(initiative, editor, capture, title="Chatbot burgerzaken, versie 2"):
    with capture(execute=True):
        initiative_update(initiative=initiative, edited_by=editor, data={"title": title})


def notifications_of(user):
    return list(Notification.objects.filter(recipient=user).with_objects())


@pytest.mark.django_db
@pytest.mark.parametrize(("decision", "words"), [
    ("publish", "published your initiative"),
    ("request-changes", "asks you to change your initiative"),
    ("reject", "did not accept your initiative"),
])
def test_a_curators_decision_reaches_the_proposer_once_in_the_app_and_by_email(
    client, curator, other_curator, proposal, proposer, django_capture_on_commit_callbacks,
    decision, words,
):
    bystander = make_member()
    proposer.language = "en"
    proposer.save()
    review(client, curator, proposal, django_capture_on_commit_callbacks,
           decision=decision, note=NOTE)

    (notification,) = notifications_of(proposer)
    assert notification.kind == K.INITIATIVE_REVIEWED
    assert notification.target == proposal and notification.actor == curator
    assert notification.note == NOTE
    assert notification.delivery == Delivery.IMMEDIATE and notification.emailed_at is not None
    with translation.override("en"):
        text = notification_text(notification)
    assert words in text and "Slimme vertaalhulp" in text and "Cor Curator" in text
    # Nobody else hears of it: not the curator who decided, not other curators, not members.
    assert Notification.objects.count() == 1
    assert not {curator.pk, other_curator.pk, bystander.pk} & set(
        Notification.objects.values_list("recipient_id", flat=True))

    (message,) = mail.outbox
    assert message.to == [proposer.email]
    assert words in message.subject  # in the proposer's language
    assert NOTE in message.body and "/initiatieven/voorstel/" in message.body
    html, _ = message.alternatives[0]
    assert 'lang="en"' in html and NOTE in html
    assert "/meldingen/afmelden/" in message.extra_headers["List-Unsubscribe"]


@pytest.mark.django_db
@pytest.mark.parametrize(("delivery", "rows", "mails"), [
    (Delivery.IN_APP, 1, 0), (Delivery.DIGEST, 1, 0), (Delivery.OFF, 0, 0),
])
def test_the_proposers_preference_decides_how_they_are_told(
    client, curator, proposal, proposer, django_capture_on_commit_callbacks, delivery, rows, mails
):
    preferences_set(user=proposer, deliveries={K.INITIATIVE_REVIEWED: delivery})
    review(client, curator, proposal, django_capture_on_commit_callbacks, decision="publish")
    assert Notification.objects.filter(recipient=proposer).count() == rows
    assert len(mail.outbox) == mails


@pytest.mark.django_db
def test_the_contact_person_is_told_too_and_each_decision_is_news(
    client, curator, proposal, proposer, django_capture_on_commit_callbacks
):
    contact = make_member()
    proposal.contact_user = contact
    proposal.save()
    review(client, curator, proposal, django_capture_on_commit_callbacks,
           decision="request-changes", note=NOTE)
    proposal.refresh_from_db()
    review(client, curator, proposal, django_capture_on_commit_callbacks, decision="publish")
    for person in (proposer, contact):
        assert sorted(n.note for n in notifications_of(person)) == ["", NOTE]
    assert sorted(m.to[0] for m in mail.outbox) == sorted([proposer.email, contact.email] * 2)


@pytest.mark.django_db
def test_a_curator_is_not_told_of_their_own_decision(client, curator, django_capture_on_commit_callbacks):
    own = InitiativeFactory(submitted_by=curator, contact_user=curator,
                            publication_state=PublicationState.SUBMITTED)
    review(client, curator, own, django_capture_on_commit_callbacks, decision="publish")
    assert not Notification.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_an_owners_edit_reaches_the_curators_in_the_digest(
    published, proposer, curator, other_curator, django_capture_on_commit_callbacks
):
    bystander = make_member()
    edit(published, proposer, django_capture_on_commit_callbacks)
    for person in (curator, other_curator):
        (notification,) = notifications_of(person)
        assert notification.kind == K.INITIATIVE_EDITED and notification.actor == proposer
        assert notification.delivery == Delivery.DIGEST and notification.emailed_at is None
        assert notification.get_absolute_url() == published.get_absolute_url()
    assert not Notification.objects.filter(recipient__in=[proposer, bystander]).exists()
    assert mail.outbox == []  # nothing by e-mail at once

    assert digest_send() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([curator.email, other_curator.email])
    assert all("/initiatieven/gepubliceerd/" in m.body for m in mail.outbox)
    with translation.override("nl"):
        assert all(str(K.INITIATIVE_EDITED.label) in m.body for m in mail.outbox)


@pytest.mark.django_db
def test_a_curator_who_chose_immediate_email_gets_the_edit_at_once(
    published, proposer, curator, other_curator, django_capture_on_commit_callbacks
):
    preferences_set(user=curator, deliveries={K.INITIATIVE_EDITED: Delivery.IMMEDIATE})
    preferences_set(user=other_curator, deliveries={K.INITIATIVE_EDITED: Delivery.OFF})
    edit(published, proposer, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.to == [curator.email]
    assert not Notification.objects.filter(recipient=other_curator).exists()


@pytest.mark.django_db
def test_a_curators_own_edit_is_told_only_to_the_other_curators(
    published, curator, other_curator, proposer, django_capture_on_commit_callbacks
):
    edit(published, curator, django_capture_on_commit_callbacks)
    assert [n.kind for n in notifications_of(other_curator)] == [K.INITIATIVE_EDITED]
    assert notifications_of(curator) == notifications_of(proposer) == []


@pytest.mark.django_db
def test_edits_of_unpublished_initiatives_are_not_news_for_curators(
    proposal, proposer, curator, django_capture_on_commit_callbacks
):
    edit(proposal, proposer, django_capture_on_commit_callbacks)
    assert not Notification.objects.exists()


@pytest.mark.django_db
def test_an_edit_notification_leads_curators_to_their_queue_once_unpublished(
    published, proposer, curator, django_capture_on_commit_callbacks
):
    edit(published, proposer, django_capture_on_commit_callbacks)
    published.publication_state = PublicationState.ARCHIVED
    published.save()
    (notification,) = notifications_of(curator)
    assert notification.get_absolute_url() == reverse("initiatives:curation-queue")


@pytest.mark.django_db
def test_unsubscribe_link_turns_the_new_kinds_off(
    client, curator, proposal, proposer, django_capture_on_commit_callbacks
):
    review(client, curator, proposal, django_capture_on_commit_callbacks,
           decision="request-changes", note=NOTE)
    (message,) = mail.outbox
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    # The token is signed with a timestamp, so compare what it says, not its letters.
    match = resolve(urlsplit(url).path)
    assert match.view_name == "notifications:unsubscribe"
    assert read_unsubscribe_token(match.kwargs["token"]) == (proposer.pk, K.INITIATIVE_REVIEWED)
    client.logout()
    assert client.post(urlsplit(url).path).status_code == HTTPStatus.OK
    assert NotificationPreference.objects.get(
        user=proposer, kind=K.INITIATIVE_REVIEWED).delivery == Delivery.OFF
    proposal.refresh_from_db()
    review(client, curator, proposal, django_capture_on_commit_callbacks, decision="publish")
    assert Notification.objects.filter(recipient=proposer).count() == 1


@pytest.mark.django_db
def test_notification_page_shows_initiative_notifications_in_constant_queries(
    client, curator, other_curator, proposer, django_capture_on_commit_callbacks,
):
    def page():
        """The page for `other_curator`, and the number of queries it took."""
        client.force_login(other_curator)
        queries = []
        with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql)
                                        or execute(sql, *args)):
            response = client.get(reverse("notifications:notification-list"))
        assert response.status_code == HTTPStatus.OK
        return response, len(queries)

    first = InitiativeFactory(title="Eerste initiatief", submitted_by=proposer)
    edit(first, proposer, django_capture_on_commit_callbacks, title="Eerste initiatief, bewerkt")
    response, queries_for_one = page()
    assert response.content.count(b"data-notification=") == 1

    for n in range(4):
        initiative = InitiativeFactory(submitted_by=proposer, contact_user=other_curator,
                                       publication_state=PublicationState.SUBMITTED)
        edit(InitiativeFactory(submitted_by=proposer), proposer,
             django_capture_on_commit_callbacks, title=f"Bewerkt {n}")
        review(client, curator, initiative, django_capture_on_commit_callbacks,
               decision="reject", note=NOTE)
    mail.outbox.clear()
    response, queries_for_nine = page()
    assert queries_for_nine == queries_for_one
    html = response.content.decode()
    assert html.count("data-notification=") == 9
    assert html.count(f'data-kind="{K.INITIATIVE_REVIEWED}"') == 4
    assert html.count(f'data-kind="{K.INITIATIVE_EDITED}"') == 5
    assert 'href="/initiatieven/' in html and "Eerste initiatief, bewerkt" in html
    assert NOTE in html
