"""Organisations have public pages; the list filters by type."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.models import OrganisationAlias, OrganisationType, normalise_organisation_name
from tests.factories import OrganisationFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_list_filters_by_type(client):
    OrganisationFactory(name="Gemeente Zwolle", slug="gemeente-zwolle")
    OrganisationFactory(name="Provincie Utrecht", slug="provincie-utrecht",
                        type=OrganisationType.PROVINCIE)
    response = client.get(reverse("accounts:organisation-list"), {"type": "provincie"})
    names = [o.name for o in response.context["object_list"]]
    assert names == ["Provincie Utrecht"]


def test_list_with_unknown_type_shows_error_not_500(client):
    OrganisationFactory()
    response = client.get(reverse("accounts:organisation-list"), {"type": "<script>"})
    assert response.status_code == HTTPStatus.OK
    assert response.context["filter_form"].errors["type"]


def test_detail_shows_parent_children_and_members(client):
    ministry = OrganisationFactory(name="Ministerie van BZK", slug="bzk",
                                   type=OrganisationType.MINISTERIE)
    OrganisationFactory(name="Directie Digitale Overheid", slug="ddo", parent=ministry)
    # Visitors see the members the portal names in public (test_public_profiles.py).
    QuestionFactory(author=UserFactory(display_name="Lotte Visser", organisation=ministry))
    response = client.get(reverse("accounts:organisation-detail", args=["bzk"]))
    content = response.content.decode()
    assert "Directie Digitale Overheid" in content
    assert "Lotte Visser" in content


def test_unknown_organisation_is_404(client):
    assert client.get("/organisaties/bestaat-niet/").status_code == HTTPStatus.NOT_FOUND


def test_list_queries_do_not_grow_with_organisations(client, django_assert_max_num_queries):
    for i in range(30):
        OrganisationFactory(name=f"Gemeente {i}", slug=f"gemeente-{i}")
    with django_assert_max_num_queries(6):
        client.get(reverse("accounts:organisation-list"))


@pytest.mark.parametrize(
    "spelling", ["City of Amsterdam", "  city of   AMSTERDAM ", "City of Amsterdam."]
)
def test_alias_normalisation(spelling):
    organisation = OrganisationFactory(name="Gemeente Amsterdam", slug="gemeente-amsterdam")
    OrganisationAlias.objects.create(organisation=organisation, name="City of Amsterdam")
    alias = OrganisationAlias.objects.get(normalised=normalise_organisation_name(spelling))
    assert alias.organisation == organisation
