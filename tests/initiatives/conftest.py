import pytest
from django.contrib.auth.models import Permission

from accounts.models import OrganisationType
from initiatives.vocabularies import PublicationState, Status, Technique
from tests.factories import InitiativeFactory, OrganisationFactory, ThemeFactory


@pytest.fixture
def staff_curator(curator):
    """A curator with the admin's permissions on the registry (imports, bulk actions)."""
    curator.is_staff = True
    curator.save()
    curator.user_permissions.add(*Permission.objects.filter(content_type__app_label="initiatives"))
    return curator


@pytest.fixture
def themes(db):
    return {
        "chat": ThemeFactory(slug="chat", name="Chatbots"),
        "beeld": ThemeFactory(slug="beeld", name="Beeldherkenning"),
        "plan": ThemeFactory(slug="plan", name="Voorspellen"),
    }


@pytest.fixture
def organisations(db):
    return {
        "utrecht": OrganisationFactory(name="Gemeente Utrecht", slug="gemeente-utrecht",
                                       type=OrganisationType.GEMEENTE),
        "uwv": OrganisationFactory(name="UWV", slug="uwv", type=OrganisationType.ZBO),
        "duo": OrganisationFactory(name="DUO", slug="duo", type=OrganisationType.AGENTSCHAP),
        "bzk": OrganisationFactory(name="Ministerie van BZK", slug="bzk",
                                   type=OrganisationType.MINISTERIE),
    }


@pytest.fixture
def registry(themes, organisations):
    """Six published initiatives with known facets, and one submitted that must never show."""
    T, orgs = themes, organisations
    make = InitiativeFactory
    items = {
        "a": make(slug="a", title="Chatbot burgerzaken", lead_organisation=orgs["utrecht"],
                  status=Status.IN_GEBRUIK, technique=Technique.GENERATIEF,
                  themes=[T["chat"]], is_good_example=True),
        "b": make(slug="b", title="Klantvragen routeren", lead_organisation=orgs["uwv"],
                  status=Status.PILOT, technique=Technique.NLP, themes=[T["chat"], T["plan"]]),
        "c": make(slug="c", title="Fraude voorspellen", lead_organisation=orgs["duo"],
                  status=Status.GESTOPT, technique=Technique.VOORSPELLEND, themes=[T["plan"]]),
        "d": make(slug="d", title="Luchtfoto's vergelijken", lead_organisation=orgs["bzk"],
                  status=Status.PILOT, technique=Technique.BEELD, themes=[T["beeld"]]),
        "e": make(slug="e", title="Documenten herkennen", lead_organisation=orgs["utrecht"],
                  status=Status.PILOT, technique=Technique.BEELD, themes=[T["beeld"], T["chat"]]),
        "f": make(slug="f", title="Zonder thema", lead_organisation=orgs["uwv"],
                  status=Status.IDEE, technique=Technique.OVERIG),
        "hidden": make(slug="hidden", title="Geheime chatbot", lead_organisation=orgs["utrecht"],
                       status=Status.PILOT, themes=[T["chat"]],
                       publication_state=PublicationState.SUBMITTED),
    }
    items["d"].partner_organisations.add(orgs["utrecht"])
    return items
