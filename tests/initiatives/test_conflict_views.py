"""The import conflicts page: curators (with their second factor) see each open conflict and
take a side; members and curators without two-factor get nothing; the step is logged; the
page's queries do not grow with the number of conflicts. Curators confirm suggested themes."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from initiatives.models import CurationAction, CurationStep
from initiatives.provenance import ImportConflict
from tests.factories import InitiativeFactory, OrganisationFactory, make_role

URL = reverse("initiatives:conflict-list")


def conflict_on(initiative, field="title", source="Bron", person="Hier"):
    return ImportConflict.objects.create(
        initiative=initiative, field=field, source_value=source, person_value=person
    )


@pytest.fixture
def conflict(db):
    initiative = InitiativeFactory(title="Hier", source="pstw", source_id="P-1",
                                   source_values={"title": "Bron"})
    return conflict_on(initiative)


def test_curator_sees_the_conflict_and_takes_the_sources_side(client, curator, conflict):
    client.force_login(curator)
    page = client.get(URL)
    assert page.status_code == HTTPStatus.OK
    assert f'id="conflict-{conflict.pk}"' in page.content.decode()
    response = client.post(reverse("initiatives:conflict-resolve", args=[conflict.pk]),
                           {"side": "source"})
    assert response.status_code == HTTPStatus.FOUND
    conflict.refresh_from_db()
    conflict.initiative.refresh_from_db()
    assert conflict.resolution == "source" and conflict.resolved_by == curator
    assert conflict.initiative.title == "Bron"
    assert CurationAction.objects.filter(step=CurationStep.RESOLVE_CONFLICT, actor=curator).exists()
    assert 'id="no-conflicts"' in client.get(URL).content.decode()


def test_a_side_must_be_chosen(client, curator, conflict):
    client.force_login(curator)
    response = client.post(reverse("initiatives:conflict-resolve", args=[conflict.pk]), {"side": "x"})
    assert response.status_code == HTTPStatus.FOUND
    conflict.refresh_from_db()
    assert conflict.resolved_at is None


@pytest.mark.parametrize("who", ["member", "curator-without-2fa"])
def test_others_cannot_see_or_resolve(client, conflict, who):
    user = make_role("member") if who == "member" else make_role("curator", mfa=False)
    client.force_login(user, mfa=who == "member")
    assert client.get(URL).status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    response = client.post(reverse("initiatives:conflict-resolve", args=[conflict.pk]),
                           {"side": "source"})
    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    conflict.refresh_from_db()
    assert conflict.resolved_at is None and conflict.initiative.title == "Hier"


def test_anonymous_visitor_is_sent_to_sign_in(client, conflict):
    assert client.get(URL).status_code == HTTPStatus.FOUND


def test_page_queries_do_not_grow_with_conflicts(client, curator, django_assert_max_num_queries):
    for n in range(12):
        initiative = InitiativeFactory(source="pstw", source_id=f"P-{n}")
        conflict_on(initiative)
        conflict_on(initiative, field="lead_organisation",
                    source=OrganisationFactory().pk, person=initiative.lead_organisation_id)
    client.force_login(curator)
    with django_assert_max_num_queries(12):
        page = client.get(URL)
    assert page.content.decode().count('class="portal-conflict"') == 24


def test_curator_confirms_suggested_themes(client, curator, themes):
    initiative = InitiativeFactory(themes=[themes["chat"]], themes_suggested=True)
    client.force_login(curator)
    review = client.get(reverse("initiatives:curation-review", args=[initiative.slug]))
    assert 'id="confirm-themes"' in review.content.decode()
    client.post(reverse("initiatives:themes-confirm", args=[initiative.slug]))
    initiative.refresh_from_db()
    assert not initiative.themes_suggested
    assert CurationAction.objects.filter(step=CurationStep.CONFIRM_THEMES).exists()


def test_member_cannot_confirm_themes(client, member, themes):
    initiative = InitiativeFactory(themes=[themes["chat"]], themes_suggested=True)
    client.force_login(member)
    response = client.post(reverse("initiatives:themes-confirm", args=[initiative.slug]))
    assert response.status_code == HTTPStatus.FORBIDDEN
    initiative.refresh_from_db()
    assert initiative.themes_suggested
