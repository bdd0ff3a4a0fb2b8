"""Who works where, and as what, is for signed-in members: visitors see no member list and
no job titles. Experts choose whether visitors see them as the experts of their themes."""

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from accounts import roles
from tests.factories import OrganisationFactory, ThemeFactory, make_member, make_role


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Gemeente Zwolle")


@pytest.fixture
def colleague(organisation):
    return make_member(display_name="Priya Ramdin", job_title="Privacyjurist",
                       organisation=organisation)


def test_visitor_sees_no_members_or_job_titles(client, organisation, colleague):
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    assert "Priya Ramdin" not in page and "Privacyjurist" not in page
    assert "data-members-signed-in-only" in page


def test_member_sees_members_and_job_titles(member_client, organisation, colleague):
    page = member_client.get(organisation.get_absolute_url()).content.decode()
    assert "Priya Ramdin" in page and "Privacyjurist" in page


def test_visitor_sees_only_experts_who_chose_to_be_listed(member_client, organisation):
    visitor = Client()
    theme = ThemeFactory(name="Algoritmes")
    shy = make_role(roles.EXPERT, display_name="Stille Expert", organisation=organisation)
    listed = make_role(roles.EXPERT, display_name="Zichtbare Expert", organisation=organisation,
                       listed_as_expert=True)
    theme.experts.add(shy, listed)
    for url in (theme.get_absolute_url(), organisation.get_absolute_url()):
        page = visitor.get(url).content.decode()
        assert "Zichtbare Expert" in page
        assert "Stille Expert" not in page
        member_page = member_client.get(url).content.decode()
        assert "Stille Expert" in member_page


def test_visitor_cannot_open_the_profile_of_an_unlisted_expert(client, organisation):
    theme = ThemeFactory()
    shy = make_role(roles.EXPERT, organisation=organisation)
    theme.experts.add(shy)
    assert client.get(reverse("accounts:profile", args=[shy.pk])).status_code == HTTPStatus.NOT_FOUND
