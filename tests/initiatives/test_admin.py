"""The Django admin for curators: bulk actions go through the services (logged), and the import
previews every problem per row before anything is saved."""

from http import HTTPStatus
from pathlib import Path

import pytest
from django.urls import reverse

from initiatives.models import CurationAction, Initiative
from initiatives.vocabularies import PublicationState

FIXTURE = Path(__file__).parent / "fixtures" / "pstw-sample.csv"


@pytest.mark.django_db
def test_bulk_publish_and_add_theme(client, staff_curator, registry, themes):
    client.force_login(staff_curator)
    url = reverse("admin:initiatives_initiative_changelist")
    assert client.get(url).status_code == HTTPStatus.OK
    hidden = registry["hidden"]
    response = client.post(url, {"action": "publish", "_selected_action": [hidden.pk]})
    assert response.status_code == HTTPStatus.FOUND
    hidden.refresh_from_db()
    assert hidden.publication_state == PublicationState.PUBLISHED
    assert CurationAction.objects.filter(initiative=hidden, step="publish").exists()
    client.post(url, {"action": f"add_theme_{themes['plan'].pk}", "_selected_action": [hidden.pk]})
    assert hidden.themes.filter(pk=themes["plan"].pk).exists()


@pytest.mark.django_db
def test_admin_import_previews_then_saves(client, staff_curator):
    client.force_login(staff_curator)
    url = reverse("admin:initiatives_import")
    with FIXTURE.open("rb") as handle:
        response = client.post(url, {"file": handle, "format": "pstw", "country": "Netherlands"})
    assert response.status_code == HTTPStatus.OK
    preview = response.context["preview"]
    assert len(preview.created) == 3 and len(preview.skipped) == 2
    assert not Initiative.objects.exists()  # a preview saves nothing
    confirm = response.context["confirm"].initial
    response = client.post(url, {**confirm, "publish": ""})
    assert response.status_code == HTTPStatus.FOUND
    assert Initiative.objects.filter(source="pstw").count() == 3


@pytest.mark.django_db
def test_member_cannot_import(client, member):
    client.force_login(member)
    response = client.get(reverse("admin:initiatives_import"))
    assert response.status_code == HTTPStatus.FOUND  # to the admin login
    assert not Initiative.objects.exists()


@pytest.mark.django_db
def test_change_form_with_partner_inline_and_log(client, staff_curator, registry):
    client.force_login(staff_curator)
    response = client.get(reverse("admin:initiatives_initiative_change", args=[registry["d"].pk]))
    assert response.status_code == HTTPStatus.OK
    assert b"Initiative_partner_organisations" in response.content  # the inline
    assert client.get(reverse("admin:initiatives_initiative_add")).status_code == HTTPStatus.OK
