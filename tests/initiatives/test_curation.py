"""Curators publish, request changes with a note, or reject with a reason; the proposer is told;
every step is logged; curators see initiatives nobody confirmed for twelve months."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from initiatives.models import CurationAction, Initiative
from initiatives.vocabularies import PublicationState
from tests.factories import InitiativeFactory


@pytest.fixture
def proposal(member, themes):
    return InitiativeFactory(
        slug="voorstel", title="Voorstel", submitted_by=member,
        publication_state=PublicationState.SUBMITTED, themes=[themes["chat"]],
    )


def review(client, initiative, **data):
    return client.post(reverse("initiatives:curation-review", args=[initiative.slug]), data)


@pytest.mark.django_db
def test_queue_lists_submitted_initiatives(client, curator, proposal):
    client.force_login(curator)
    response = client.get(reverse("initiatives:curation-queue"))
    assert response.status_code == HTTPStatus.OK
    assert list(response.context["submitted"]) == [proposal]


@pytest.mark.django_db
def test_curator_publishes_and_the_proposer_is_told(client, curator, proposal, member, mailoutbox,
                                                   django_capture_on_commit_callbacks):
    client.force_login(curator)
    with django_capture_on_commit_callbacks(execute=True):
        response = review(client, proposal, decision="publish")
    assert response.status_code == HTTPStatus.FOUND
    proposal.refresh_from_db()
    assert proposal.publication_state == PublicationState.PUBLISHED
    assert proposal.reviewed_by == curator and proposal.published_at and proposal.confirmed_at
    assert [message.to for message in mailoutbox] == [[member.email]]
    assert CurationAction.objects.filter(initiative=proposal, step="publish", actor=curator).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("decision, state", [
    ("request-changes", PublicationState.CHANGES_REQUESTED),
    ("reject", PublicationState.REJECTED),
])
def test_request_changes_or_reject_needs_a_note(client, curator, proposal, decision, state,
                                                mailoutbox, django_capture_on_commit_callbacks):
    client.force_login(curator)
    response = review(client, proposal, decision=decision, note="  ")
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].has_error("note", "note_required")
    proposal.refresh_from_db()
    assert proposal.publication_state == PublicationState.SUBMITTED

    with django_capture_on_commit_callbacks(execute=True):
        review(client, proposal, decision=decision, note="Graag de resultaten aanvullen.")
    proposal.refresh_from_db()
    assert proposal.publication_state == state
    assert proposal.review_note == "Graag de resultaten aanvullen."
    assert "Graag de resultaten aanvullen." in mailoutbox[0].body
    assert CurationAction.objects.get(initiative=proposal, step=decision).note


@pytest.mark.django_db
def test_edit_after_changes_requested_returns_to_the_queue(member, proposal):
    from initiatives import services

    proposal.publication_state = PublicationState.CHANGES_REQUESTED
    proposal.save()
    services.initiative_update(initiative=proposal, edited_by=member, data={"summary": "Beter"})
    proposal.refresh_from_db()
    assert proposal.publication_state == PublicationState.SUBMITTED
    assert proposal.revisions.count() == 1


@pytest.mark.django_db
def test_curators_see_initiatives_not_confirmed_for_a_year(client, curator, themes):
    old = timezone.now() - timedelta(days=400)
    stale = InitiativeFactory(slug="oud", confirmed_at=old, published_at=old)
    never = InitiativeFactory(slug="nooit", confirmed_at=None, published_at=old)
    InitiativeFactory(slug="vers", confirmed_at=timezone.now(), published_at=old)
    client.force_login(curator)
    response = client.get(reverse("initiatives:curation-queue"))
    assert set(response.context["stale"]) == {stale, never}


@pytest.mark.django_db
def test_similar_initiatives_share_themes_and_are_ranked(client, registry):
    response = client.get(registry["b"].get_absolute_url())
    similar = [initiative.slug for initiative in response.context["similar"]]
    # b has themes chat and plan: a, c and e share one theme each; d and f share none.
    assert set(similar) == {"a", "c", "e"}
    assert "hidden" not in similar


@pytest.mark.django_db
def test_initiative_page_lists_its_questions_but_not_hidden_ones(client, registry):
    from tests.factories import QuestionFactory

    shown = QuestionFactory(title="Welke chatbot gebruiken jullie?")
    hidden = QuestionFactory(title="Verborgen vraag", is_hidden=True)
    for question in (shown, hidden):
        question.initiatives.add(registry["a"])
    body = client.get(registry["a"].get_absolute_url()).content.decode()
    assert shown.get_absolute_url() in body
    assert hidden.get_absolute_url() not in body
    assert "/vragen/stellen/?initiatief=a" in body


@pytest.mark.django_db
def test_pstw_entry_credits_its_source(client, registry):
    Initiative.objects.filter(slug="a").update(source="pstw", source_id="PSTW-1")
    body = client.get(registry["a"].get_absolute_url()).content.decode()
    assert 'id="attribution"' in body and "Public Sector Tech Watch" in body


@pytest.mark.django_db
def test_organisation_page_lists_its_initiatives_as_lead_or_partner(client, registry, organisations):
    response = client.get(organisations["utrecht"].get_absolute_url())
    body = response.content.decode()
    for slug in ("a", "d", "e"):
        assert f'data-initiative="{slug}"' in body
    assert 'data-initiative="hidden"' not in body


@pytest.mark.django_db
def test_theme_page_counts_published_initiatives(client, registry, themes):
    response = client.get(themes["chat"].get_absolute_url())
    assert response.context["theme"].initiative_count == 3
    assert {i.slug for i in response.context["initiatives"]} == {"a", "b", "e"}


@pytest.mark.django_db
def test_detail_page_query_count_does_not_grow_with_links(client, registry, themes, organisations):
    from tests.factories import QuestionFactory

    def count_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(registry["b"].get_absolute_url()).status_code == HTTPStatus.OK
        return len(queries)

    few = count_queries()
    for n in range(8):
        extra = InitiativeFactory(slug=f"extra-{n}", themes=[themes["chat"], themes["plan"]])
        extra.partner_organisations.add(organisations["bzk"])
        QuestionFactory().initiatives.add(registry["b"])
    registry["b"].partner_organisations.add(organisations["bzk"], organisations["duo"])
    registry["b"].tags.add("a", "b", "c")
    assert count_queries() == few
