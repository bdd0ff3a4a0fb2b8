"""Only published initiatives ever leave the portal: list, detail, search, feeds, sitemap,
export and API all agree, whatever state the others are in."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from initiatives.selectors import search_initiatives, suggest_initiatives
from initiatives.vocabularies import PublicationState
from tests.factories import InitiativeFactory

SECRET = "Onzichtbaarinitiatief"


def _body(client, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return b"".join(response.streaming_content) if response.streaming else response.content


CHANNELS = {
    "list": lambda c, i: _body(c, reverse("initiatives:initiative-list")),
    # The search box repeats the query: look at the results, not the page.
    "list-search": lambda c, i: " ".join(
        x.title for x in c.get(reverse("initiatives:initiative-list"), {"q": SECRET}).context["object_list"]
    ).encode(),
    "detail": lambda c, i: c.get(i.get_absolute_url()).status_code != HTTPStatus.NOT_FOUND
    and SECRET.encode(),
    "search": lambda c, i: " ".join(x.title for x in search_initiatives(SECRET)).encode(),
    "suggestions": lambda c, i: repr(suggest_initiatives(SECRET)).encode(),
    "suggestions-endpoint": lambda c, i: _body(
        c, reverse("initiatives:initiative-suggestions") + f"?q={SECRET}"
    ),
    "feed": lambda c, i: _body(c, reverse("initiatives:initiative-feed")),
    "sitemap": lambda c, i: _body(c, "/sitemap.xml"),
    "export-csv": lambda c, i: _body(c, reverse("initiatives:initiative-export-csv")),
    "export-json": lambda c, i: _body(c, reverse("initiatives:initiative-export-json")),
    "api-list": lambda c, i: _body(c, reverse("initiatives:api-initiative-list")),
    "api-detail": lambda c, i: c.get(
        reverse("initiatives:api-initiative-detail", args=[i.slug])
    ).status_code != HTTPStatus.NOT_FOUND and SECRET.encode(),
    "theme-page": lambda c, i: _body(c, i.themes.first().get_absolute_url()),
    "organisation-page": lambda c, i: _body(c, i.lead_organisation.get_absolute_url()),
}


@pytest.fixture
def published_twin(db, themes):
    """A published initiative in the same theme, so the channels are not simply empty."""
    return InitiativeFactory(title="Zichtbaar initiatief", slug="zichtbaar", themes=[themes["chat"]])


@pytest.mark.django_db
@pytest.mark.parametrize("channel", sorted(CHANNELS))
@pytest.mark.parametrize(
    "state",
    [PublicationState.SUBMITTED, PublicationState.CHANGES_REQUESTED, PublicationState.REJECTED,
     PublicationState.ARCHIVED, PublicationState.DRAFT],
)
def test_unpublished_initiative_appears_in_no_channel(client, themes, published_twin, channel, state):
    hidden = InitiativeFactory(
        title=f"{SECRET} chatbot", slug="onzichtbaar", publication_state=state,
        lead_organisation=published_twin.lead_organisation, themes=[themes["chat"]],
    )
    body = CHANNELS[channel](client, hidden) or b""
    assert SECRET.encode() not in body
    assert b"onzichtbaar" not in body


@pytest.mark.django_db
@pytest.mark.parametrize("channel", sorted(CHANNELS))
def test_published_initiative_appears_in_every_channel(client, themes, published_twin, channel):
    shown = InitiativeFactory(
        title=f"{SECRET} chatbot", slug="onzichtbaar",
        publication_state=PublicationState.PUBLISHED, published_at="2026-01-01T00:00:00Z",
        lead_organisation=published_twin.lead_organisation, themes=[themes["chat"]],
    )
    from initiatives.services import initiative_index

    initiative_index(initiative=shown)
    body = CHANNELS[channel](client, shown) or b""
    assert SECRET.encode() in body or b"onzichtbaar" in body
