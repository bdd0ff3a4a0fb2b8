from django.db import models

from .vocabularies import PublicationState


class ThemeQuerySet(models.QuerySet):
    pass


class InitiativeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(publication_state=PublicationState.PUBLISHED)
