import factory

from initiatives.models import Initiative, Theme
from initiatives.vocabularies import PublicationState, Status

from .accounts import OrganisationFactory


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Testthema {n}")
    slug = factory.Sequence(lambda n: f"testthema-{n}")


class InitiativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Initiative
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Slimme chatbot voor burgerzaken {n}")
    slug = factory.Sequence(lambda n: f"slimme-chatbot-{n}")
    summary = "Een chatbot die vragen over paspoorten en rijbewijzen beantwoordt."
    lead_organisation = factory.SubFactory(OrganisationFactory)
    status = Status.PILOT
    publication_state = PublicationState.PUBLISHED

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def indexed(self, create, extracted, **kwargs):
        """Fill the PostgreSQL search vector, as the services do (a no-op on SQLite)."""
        if create and extracted is not False:
            from initiatives.services import initiative_index

            initiative_index(initiative=self)
