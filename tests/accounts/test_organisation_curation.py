"""Curators merge duplicate organisations on a page of their own: initiatives (lead and
partner), members (so experts too), aliases, domains and child organisations move, the old
name becomes an alias so the next import lands right, and each step is logged. Types, aliases
and domains are kept there too. Members and curators without two-factor get nothing."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.models import (
    Organisation,
    OrganisationAlias,
    OrganisationDomain,
    OrganisationLogEntry,
    OrganisationType,
)
from accounts.organisation_services import MergeError, organisation_merge
from initiatives.importers.organisations import OrganisationMatcher
from tests.factories import InitiativeFactory, OrganisationFactory, make_member, make_role

LIST = reverse("accounts:organisation-curate-list")


@pytest.fixture
def duplicates(db):
    police = OrganisationFactory(name="Politie", slug="politie", type=OrganisationType.POLITIE)
    dutch = OrganisationFactory(name="Dutch Police", slug="dutch-police", type=OrganisationType.AGENTSCHAP)
    OrganisationAlias.objects.create(organisation=dutch, name="Dutch police NL")
    OrganisationDomain.objects.create(organisation=dutch, domain="police.example")
    return police, dutch


def test_merge_moves_everything_and_keeps_the_old_names(duplicates, curator):
    police, dutch = duplicates
    led = InitiativeFactory(lead_organisation=dutch)
    both = InitiativeFactory(lead_organisation=police)
    both.partner_organisations.add(dutch, OrganisationFactory())
    member = make_member(organisation=dutch)
    unit = OrganisationFactory(name="Eenheid Amsterdam", parent=dutch)

    organisation_merge(source=dutch, target=police, curator=curator)

    assert not Organisation.objects.filter(pk=dutch.pk).exists()
    led.refresh_from_db()
    member.refresh_from_db()
    unit.refresh_from_db()
    assert led.lead_organisation == police and member.organisation == police
    assert unit.parent == police
    assert police.pk in set(both.partner_organisations.values_list("pk", flat=True))
    assert set(police.aliases.values_list("name", flat=True)) == {"Dutch Police", "Dutch police NL"}
    assert police.domains.filter(domain="police.example").exists()
    entry = OrganisationLogEntry.objects.get(action=OrganisationLogEntry.Action.MERGE)
    assert entry.actor == curator and entry.organisation == police and "Dutch Police" in entry.note
    # The next import finds the kept organisation by the merged one's name.
    assert OrganisationMatcher().find("Dutch Police") == police


def test_merge_refuses_the_same_organisation_and_a_parent_loop(duplicates, curator):
    police, _dutch = duplicates
    with pytest.raises(MergeError):
        organisation_merge(source=police, target=police, curator=curator)
    child = OrganisationFactory(parent=police)
    with pytest.raises(MergeError):
        organisation_merge(source=police, target=child, curator=curator)
    assert Organisation.objects.filter(pk=police.pk).exists()


def test_curator_merges_on_the_page(client, curator, duplicates):
    police, dutch = duplicates
    client.force_login(curator)
    assert client.get(LIST, {"q": "police"}).status_code == HTTPStatus.OK
    response = client.post(LIST, {"source": dutch.pk, "target": police.pk})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("accounts:organisation-curate", args=["politie"])
    assert not Organisation.objects.filter(pk=dutch.pk).exists()


def test_same_organisation_twice_is_a_form_error(client, curator, duplicates):
    police, _ = duplicates
    client.force_login(curator)
    response = client.post(LIST, {"source": police.pk, "target": police.pk})
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors


@pytest.mark.parametrize("who", ["member", "curator-without-2fa"])
def test_others_cannot_merge(client, duplicates, who):
    police, dutch = duplicates
    user = make_member() if who == "member" else make_role("curator", mfa=False)
    client.force_login(user, mfa=who == "member")
    response = client.post(LIST, {"source": dutch.pk, "target": police.pk})
    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    assert Organisation.objects.filter(pk=dutch.pk).exists()
    page = reverse("accounts:organisation-curate", args=[dutch.slug])
    assert client.post(page, {"action": "type", "type": "politie"}).status_code in (
        HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    dutch.refresh_from_db()
    assert dutch.type == OrganisationType.AGENTSCHAP


def test_curator_fixes_type_adds_alias_and_domain(client, curator, duplicates):
    _, dutch = duplicates
    page = reverse("accounts:organisation-curate", args=[dutch.slug])
    client.force_login(curator)
    for data in ({"action": "type", "type": "politie"},
                 {"action": "alias", "name": "Nationale Politie"},
                 {"action": "domain", "domain": "Politie.example"}):
        assert client.post(page, data).status_code == HTTPStatus.FOUND
    dutch.refresh_from_db()
    assert dutch.type == OrganisationType.POLITIE
    assert dutch.aliases.filter(name="Nationale Politie").exists()
    assert dutch.domains.filter(domain="politie.example").exists()
    assert OrganisationLogEntry.objects.filter(organisation=dutch).count() == 3
    alias = dutch.aliases.get(name="Nationale Politie")
    client.post(reverse("accounts:organisation-alias-remove", args=[alias.pk]))
    assert not OrganisationAlias.objects.filter(pk=alias.pk).exists()


@pytest.mark.parametrize("domain", ["gemeente*.nl", "@x", "police.example", "nl"])
def test_bad_or_taken_domain_is_refused_with_a_message(client, curator, duplicates, domain):
    police, _ = duplicates
    client.force_login(curator)
    page = reverse("accounts:organisation-curate", args=[police.slug])
    response = client.post(page, {"action": "domain", "domain": domain})
    assert response.status_code == HTTPStatus.OK
    assert response.context["domain_form"].errors["domain"]
    assert not police.domains.exists()


def test_list_queries_do_not_grow(client, curator, django_assert_max_num_queries):
    for n in range(30):
        org = OrganisationFactory()
        OrganisationAlias.objects.create(organisation=org, name=f"Alias {n}")
    client.force_login(curator)
    with django_assert_max_num_queries(12):
        response = client.get(LIST)
    assert response.content.decode().count("/beheer/\"") >= 30
