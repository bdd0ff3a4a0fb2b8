from datetime import timedelta

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection, models
from django.db.models import Count, F, Q
from django.utils import timezone

from .vocabularies import PublicationState

SEARCH_CONFIG = "dutch"
# Sentinels around matches in a PostgreSQL headline; selectors escape the text and
# only then turn them into <mark>, so user text never becomes markup.
MARK_START, MARK_STOP = "\x02", "\x03"


def uses_full_text_search() -> bool:
    return connection.vendor == "postgresql"


class ThemeQuerySet(models.QuerySet):
    def with_initiative_count(self):
        return self.annotate(
            initiative_count=Count(
                "initiatives",
                filter=Q(initiatives__publication_state=PublicationState.PUBLISHED),
                distinct=True,
            )
        )


class InitiativeQuerySet(models.QuerySet):
    def published(self):
        """What the public sees: list, detail, search, feeds, sitemap, export and API."""
        return self.filter(publication_state=PublicationState.PUBLISHED)

    def owned_by(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(Q(submitted_by=user) | Q(contact_user=user))

    def visible_to(self, user):
        """Published ones, plus the user's own in any state; curators see everything."""
        from accounts.permissions import is_curator

        if is_curator(user):
            return self
        if not user.is_authenticated:
            return self.published()
        return self.filter(
            Q(publication_state=PublicationState.PUBLISHED)
            | Q(submitted_by=user)
            | Q(contact_user=user)
        )

    def awaiting_review(self):
        return self.filter(publication_state=PublicationState.SUBMITTED)

    def not_confirmed_since(self, days: int = 365):
        """Published initiatives nobody confirmed (or published) within `days`."""
        cutoff = timezone.now() - timedelta(days=days)
        return self.published().filter(
            Q(confirmed_at__lt=cutoff)
            | Q(confirmed_at__isnull=True, published_at__lt=cutoff)
            | Q(confirmed_at__isnull=True, published_at__isnull=True, updated_at__lt=cutoff)
        )

    def search(self, query: str):
        """Full-text search (PostgreSQL, Dutch, websearch syntax, ranked) or simple matching."""
        query = query.strip()
        if not query:
            return self
        if uses_full_text_search():
            search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
            return self.filter(search_vector=search_query).annotate(
                rank=SearchRank(F("search_vector"), search_query, cover_density=True)
            )
        words = query.split()[:8]
        condition = Q()
        for word in words:
            condition &= (
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(description__icontains=word)
                | Q(lead_organisation__name__icontains=word)
            )
        return self.filter(condition)

    def with_headline(self, query: str):
        """Annotate `headline`: the summary with matches between MARK_START and MARK_STOP."""
        if not query.strip() or not uses_full_text_search():
            return self
        search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
        return self.annotate(
            headline=SearchHeadline(
                "summary", search_query, config=SEARCH_CONFIG,
                start_sel=MARK_START, stop_sel=MARK_STOP, highlight_all=True,
            )
        )
