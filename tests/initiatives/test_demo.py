"""The demo registry is real: the 169 Dutch AI cases of the shipped Tech Watch subset, published
on the demo organisations with their derived themes; invented initiatives only for states the real
data lacks, each tagged and shown as demo; loading again updates and removes earlier inventions."""

import pytest
from django.urls import reverse

from accounts import demo as accounts_demo
from initiatives import demo
from initiatives.models import Initiative
from initiatives.vocabularies import PublicationState, Source, Status
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    people = accounts_demo.load()
    demo.load(people["organisations"], people["people"])
    return people


def test_registry_holds_the_real_dutch_ai_cases_published(loaded):
    real = Initiative.objects.filter(source=Source.PSTW)
    assert real.count() == 169
    assert real.filter(publication_state=PublicationState.PUBLISHED).count() == 169
    assert not real.filter(title__icontains="blockchain").exists()
    assert real.filter(themes__isnull=False).distinct().count() > 100
    case = real.get(source_id="PSTW-72")  # "City of Amsterdam"
    assert case.lead_organisation.name == "Gemeente Amsterdam"
    assert case.reviewed_by.email == demo.CURATOR
    # The registry lists the newest first: a newcomer sees real cases before invented ones.
    newest = Initiative.objects.published().order_by("-updated_at")[:20]
    assert {initiative.source for initiative in newest} == {Source.PSTW}


def test_invented_initiatives_are_few_and_only_for_states_the_real_data_lacks(loaded):
    invented = Initiative.objects.filter(source=Source.PORTAL)
    assert invented.count() == len(demo.INVENTED) <= 6
    assert invented.filter(tags__slug=demo.DEMO_TAG).count() == invented.count()
    proposal = invented.get(publication_state=PublicationState.SUBMITTED)
    assert proposal.submitted_by.email == "lid@utrecht.example"
    assert invented.filter(status=Status.GESTOPT).exclude(lessons_learned="").exists()
    assert invented.filter(is_good_example=True).exclude(results="").count() >= 3


def test_invented_initiative_page_says_demo_and_a_real_case_does_not(client, loaded):
    invented = Initiative.objects.published().filter(source=Source.PORTAL).first()
    body = client.get(reverse("initiatives:initiative-detail", args=[invented.slug])).content.decode()
    assert 'id="demo-notice"' in body
    real = Initiative.objects.get(source_id="PSTW-71")
    body = client.get(reverse("initiatives:initiative-detail", args=[real.slug])).content.decode()
    assert 'id="demo-notice"' not in body and 'id="attribution"' in body


def test_loading_again_updates_and_drops_inventions_of_earlier_demos(loaded):
    old = InitiativeFactory(slug="oud-demo", description=f"Vroeger.\n\n{demo.RETIRED_MARK}")
    kept = InitiativeFactory(slug="eigen-invoer", description="Door iemand ingevoerd.")
    before = Initiative.objects.exclude(pk__in=[old.pk, kept.pk]).count()
    imported, invented = demo.load(loaded["organisations"], loaded["people"])
    assert not imported.created and len(imported.unchanged) == 169 and len(invented) == 5
    assert Initiative.objects.exclude(pk=kept.pk).count() == before
    assert not Initiative.objects.filter(pk=old.pk).exists()
    assert Initiative.objects.filter(pk=kept.pk).exists()


@pytest.mark.django_db
def test_demo_organisations_carry_their_email_domains():
    from accounts.demo import load_organisations
    from accounts.models import OrganisationDomain

    load_organisations()
    assert OrganisationDomain.objects.get(domain="minbzk.nl").organisation.name == (
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
    assert OrganisationDomain.objects.filter(domain="amsterdam.nl").exists()
