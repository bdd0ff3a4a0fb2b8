"""Who may do what in the registry: a member proposes but cannot publish; owners edit their
own, other members cannot; curators need two-factor auth; the contact e-mail is for members only.
Refused attempts change nothing."""

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from accounts import roles
from accounts.notifications.tasks import digest_send
from initiatives.models import Initiative, InitiativeRevision
from initiatives.vocabularies import PublicationState, Status
from tests.factories import InitiativeFactory, make_role


def form_data(themes, organisations, **overrides):
    data = {
        "title": "Slimme vertaalhulp aan de balie",
        "summary": "Een vertaalhulp voor gesprekken aan de balie.",
        "description": "Uitleg in **Markdown**.",
        "lead_organisation": organisations["utrecht"].pk,
        "themes": [themes["chat"].pk],
        "beleidsterrein": "organisatie-en-bedrijfsvoering",
        "status": Status.PILOT,
        "technique": "spraakherkenning",
        "risk_group": "geen-hoog-risico",
        "transparency_obligation": "ja",
        "tags": "vertalen, balie",
    }
    data.update(overrides)
    return data


@pytest.fixture
def owned(member, themes, organisations):
    initiative = InitiativeFactory(
        slug="eigen", title="Eigen initiatief", submitted_by=member,
        lead_organisation=organisations["utrecht"], themes=[themes["chat"]],
    )
    return initiative


@pytest.mark.django_db
def test_member_proposal_is_saved_as_submitted_and_invisible(member_client, member, themes,
                                                             organisations):
    response = member_client.post(
        reverse("initiatives:initiative-propose"), form_data(themes, organisations)
    )
    assert response.status_code == HTTPStatus.FOUND
    initiative = Initiative.objects.get()
    assert initiative.publication_state == PublicationState.SUBMITTED
    assert initiative.submitted_by == member
    assert sorted(initiative.tags.names()) == ["balie", "vertalen"]
    assert initiative.curation_actions.get().step == "submit"
    assert Client().get(initiative.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    # The proposer sees it, with its state, on their own profile.
    profile = member_client.get(reverse("accounts:profile", args=[member.pk])).content.decode()
    assert f'data-initiative="{initiative.slug}"' in profile
    assert 'data-state="submitted"' in profile


@pytest.mark.django_db
def test_others_do_not_see_a_members_proposals_on_the_profile(client, owned, member, other_member):
    client.force_login(other_member)
    profile = client.get(reverse("accounts:profile", args=[member.pk])).content.decode()
    assert 'id="profile-initiatives"' not in profile


@pytest.mark.django_db
def test_visitor_cannot_propose(client):
    response = client.get(reverse("initiatives:initiative-propose"))
    assert response.status_code == HTTPStatus.FOUND
    assert "/account/login/" in response["Location"]


@pytest.mark.django_db
def test_form_with_errors_keeps_what_was_typed(member_client, themes, organisations):
    data = form_data(themes, organisations, start_date="2025-05-01", end_date="2024-01-01")
    del data["themes"]
    response = member_client.post(reverse("initiatives:initiative-propose"), data)
    assert response.status_code == HTTPStatus.OK
    form = response.context["form"]
    assert form.has_error("themes", "required")
    assert form.has_error("end_date", "end_before_start")
    assert 'value="Slimme vertaalhulp aan de balie"' in response.content.decode()
    assert not Initiative.objects.exists()


@pytest.mark.django_db
def test_member_cannot_publish(member_client, registry):
    hidden = registry["hidden"]
    response = member_client.post(
        reverse("initiatives:curation-review", args=[hidden.slug]), {"decision": "publish"}
    )
    assert response.status_code == HTTPStatus.FORBIDDEN
    hidden.refresh_from_db()
    assert hidden.publication_state == PublicationState.SUBMITTED
    assert member_client.get(reverse("initiatives:curation-queue")).status_code == HTTPStatus.FORBIDDEN


@pytest.mark.django_db
def test_curator_without_two_factor_cannot_publish(client, registry):
    curator = make_role(roles.CURATOR, mfa=False)
    client.force_login(curator)
    response = client.post(
        reverse("initiatives:curation-review", args=[registry["hidden"].slug]), {"decision": "publish"}
    )
    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    registry["hidden"].refresh_from_db()
    assert registry["hidden"].publication_state == PublicationState.SUBMITTED


@pytest.mark.django_db
# Curators are told in the app and, by default, in their daily digest
# (tests/vraagbaak/test_initiative_notifications.py has the rest).
def test_owner_edits_their_own_initiative_and_a_revision_is_kept(member_client, owned, themes,
                                                                 organisations, curator, mailoutbox,
                                                                 django_capture_on_commit_callbacks):
    url = reverse("initiatives:initiative-edit", args=[owned.slug])
    assert member_client.get(url).status_code == HTTPStatus.OK
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(url, form_data(themes, organisations, title="Nieuwe titel"))
    assert response.status_code == HTTPStatus.FOUND
    owned.refresh_from_db()
    assert owned.title == "Nieuwe titel"
    revision = InitiativeRevision.objects.get(initiative=owned)
    assert revision.data["title"] == "Eigen initiatief"
    # Curators are told of an edit to a published initiative.
    digest_send()
    assert [message.to for message in mailoutbox] == [[curator.email]]


@pytest.mark.django_db
def test_contact_person_may_edit_too(client, owned, other_member, themes, organisations):
    owned.contact_user = other_member
    owned.save()
    client.force_login(other_member)
    url = reverse("initiatives:initiative-edit", args=[owned.slug])
    response = client.post(url, form_data(themes, organisations, title="Door contactpersoon"))
    assert response.status_code == HTTPStatus.FOUND


@pytest.mark.django_db
def test_other_member_cannot_edit(client, owned, other_member, themes, organisations):
    client.force_login(other_member)
    url = reverse("initiatives:initiative-edit", args=[owned.slug])
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    response = client.post(url, form_data(themes, organisations, title="Gekaapt"))
    assert response.status_code == HTTPStatus.FORBIDDEN
    owned.refresh_from_db()
    assert owned.title == "Eigen initiatief"
    assert not InitiativeRevision.objects.exists()


@pytest.mark.django_db
def test_other_member_cannot_confirm(client, owned, other_member):
    client.force_login(other_member)
    response = client.post(reverse("initiatives:initiative-confirm", args=[owned.slug]))
    assert response.status_code == HTTPStatus.FORBIDDEN
    owned.refresh_from_db()
    assert owned.confirmed_at is None


@pytest.mark.django_db
def test_owner_confirms_still_current_with_one_click(member_client, owned):
    response = member_client.post(reverse("initiatives:initiative-confirm", args=[owned.slug]))
    assert response.status_code == HTTPStatus.FOUND
    owned.refresh_from_db()
    assert owned.confirmed_at is not None


@pytest.mark.django_db
def test_contact_email_is_hidden_from_visitors(client, member, owned):
    owned.contact_name = "Team AI"
    owned.contact_email = "team-ai@utrecht.example"
    owned.save()
    assert b"team-ai@utrecht.example" not in client.get(owned.get_absolute_url()).content
    client.force_login(member)
    assert b"team-ai@utrecht.example" in client.get(owned.get_absolute_url()).content


@pytest.mark.django_db
def test_contact_email_never_leaves_through_export_or_api(client, owned):
    owned.contact_email = "team-ai@utrecht.example"
    owned.save()
    for name in ("initiative-export-csv", "initiative-export-json", "api-initiative-list"):
        assert b"team-ai@utrecht.example" not in client.get(reverse(f"initiatives:{name}")).content


@pytest.mark.django_db
def test_personal_data_download_includes_own_initiatives(owned, member, other_member):
    from accounts.services import personal_data

    data = personal_data(user=member)
    assert [item["slug"] for item in data["initiatives"]] == ["eigen"]
    assert personal_data(user=other_member)["initiatives"] == []


@pytest.mark.django_db
def test_stale_edit_does_not_overwrite_a_newer_one(member_client, owned, themes, organisations):
    url = reverse("initiatives:initiative-edit", args=[owned.slug])
    loaded = member_client.get(url).context["form"]["loaded_version"].value()
    Initiative.objects.filter(pk=owned.pk).update(title="Intussen gewijzigd")
    Initiative.objects.get(pk=owned.pk).save()  # a newer version
    data = form_data(themes, organisations, title="Mijn oude bewerking", loaded_version=loaded)
    response = member_client.post(url, data)
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].has_error("loaded_version", "stale")
    owned.refresh_from_db()
    assert owned.title == "Intussen gewijzigd"
