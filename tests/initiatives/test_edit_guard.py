"""A stale edit of an initiative never silently overwrites a newer one: the version the editor
loaded is compared with the stored one inside the row lock, so of two saves from the same
version, at the same instant or one after the other, exactly one is kept and the other is
refused with the stale-edit message."""

import threading
from http import HTTPStatus

import pytest
from django.db import connections
from django.test import Client
from django.urls import reverse

from initiatives import views
from initiatives.models import Initiative, InitiativeRevision
from initiatives.services import initiative_update
from tests.factories import InitiativeFactory, OrganisationFactory, ThemeFactory, make_member
from tests.initiatives.test_permissions import form_data


def _edit_data(initiative, title):
    return {"title": title, "summary": initiative.summary}


@pytest.mark.django_db
def test_second_save_from_the_same_version_is_refused(member):
    from initiatives.services.curation import InitiativeEditConflict

    initiative = InitiativeFactory(submitted_by=member)
    loaded = initiative.updated_at.isoformat()
    initiative_update(initiative=initiative, edited_by=member, data=_edit_data(initiative, "Eerste"),
                      loaded_version=loaded)
    with pytest.raises(InitiativeEditConflict):
        initiative_update(initiative=initiative, edited_by=member,
                          data=_edit_data(initiative, "Tweede"), loaded_version=loaded)
    initiative.refresh_from_db()
    assert initiative.title == "Eerste"
    assert InitiativeRevision.objects.filter(initiative=initiative).count() == 1


@pytest.mark.django_db
def test_save_from_the_current_version_is_kept(member):
    initiative = InitiativeFactory(submitted_by=member)
    initiative_update(initiative=initiative, edited_by=member, data=_edit_data(initiative, "Eerste"),
                      loaded_version=initiative.updated_at.isoformat())
    initiative.refresh_from_db()
    initiative_update(initiative=initiative, edited_by=member, data=_edit_data(initiative, "Tweede"),
                      loaded_version=initiative.updated_at.isoformat())
    initiative.refresh_from_db()
    assert initiative.title == "Tweede"


@pytest.mark.django_db
def test_edit_page_refuses_a_save_that_lost_the_race_after_its_form_check(
    member_client, member, themes, organisations, monkeypatch
):
    initiative = InitiativeFactory(slug="eigen", submitted_by=member,
                                   lead_organisation=organisations["utrecht"])
    url = reverse("initiatives:initiative-edit", args=[initiative.slug])
    loaded = member_client.get(url).context["form"]["loaded_version"].value()
    real_update = views.services.initiative_update

    def saved_by_someone_else_first(**kwargs):
        Initiative.objects.filter(pk=initiative.pk).update(title="Intussen gewijzigd")
        Initiative.objects.get(pk=initiative.pk).save()
        return real_update(**kwargs)

    monkeypatch.setattr(views.services, "initiative_update", saved_by_someone_else_first)
    response = member_client.post(
        url, form_data(themes, organisations, title="Mijn bewerking", loaded_version=loaded)
    )
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].has_error("loaded_version", "stale")
    assert "Mijn bewerking" in response.content.decode()
    initiative.refresh_from_db()
    assert initiative.title == "Intussen gewijzigd"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_saves_at_the_same_instant_keep_exactly_one(monkeypatch):
    owner = make_member()
    theme, organisation = ThemeFactory(slug="chat"), OrganisationFactory(slug="utrecht")
    initiative = InitiativeFactory(slug="eigen", submitted_by=owner, lead_organisation=organisation)
    url = reverse("initiatives:initiative-edit", args=[initiative.slug])
    clients = {title: Client() for title in ("Versie A", "Versie B")}
    for client in clients.values():
        client.force_login(owner)
    loaded = clients["Versie A"].get(url).context["form"]["loaded_version"].value()

    # Both requests pass their form check before either saves: the race the probe found.
    both_checked = threading.Barrier(2, timeout=10)
    real_update = views.services.initiative_update

    def update_after_both_checked(**kwargs):
        both_checked.wait()
        return real_update(**kwargs)

    monkeypatch.setattr(views.services, "initiative_update", update_after_both_checked)
    statuses = {}

    def save(title):
        try:
            data = form_data({"chat": theme}, {"utrecht": organisation}, title=title,
                             loaded_version=loaded)
            statuses[title] = clients[title].post(url, data).status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=(title,)) for title in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(statuses.values()) == [HTTPStatus.OK, HTTPStatus.FOUND]
    winner = next(title for title, status in statuses.items() if status == HTTPStatus.FOUND)
    initiative.refresh_from_db()
    assert initiative.title == winner
    assert InitiativeRevision.objects.filter(initiative=initiative).count() == 1
