"""Reads that other parts of the portal use: search, suggestions, similar initiatives."""

from django.db.models import Case, Count, F, FloatField, IntegerField, Q, Value, When

from .models import Initiative
from .querysets import uses_full_text_search
from .semantic import rank_initiatives, semantic_enabled, similar_initiative_ids

# Full-text matches taken into the fusion with the nearest vectors.
FULL_TEXT_CANDIDATES = 200


def _in_order(queryset, ids: list[int], scores: dict | None = None):
    """`queryset` narrowed to `ids`, annotated with `rank` (higher first) and `closeness`."""
    if not ids:
        return queryset.none()
    count = len(ids)
    rank = Case(*(When(pk=pk, then=Value(count - i)) for i, pk in enumerate(ids)),
                output_field=IntegerField())
    queryset = queryset.filter(pk__in=ids).annotate(rank=rank)
    if scores:
        closeness = Case(*(When(pk=pk, then=Value(s)) for pk, s in scores.items()),
                         default=Value(0.0), output_field=FloatField())
        queryset = queryset.annotate(closeness=closeness)
    return queryset


def search_ranked(queryset, query: str):
    """`queryset` narrowed to what matches `query` in words or in meaning, with `rank`.

    Full text (PostgreSQL: Dutch, websearch syntax; SQLite: every word somewhere) and,
    when embeddings are on, the nearest initiatives by meaning, fused by reciprocal rank.
    """
    query = (query or "").strip()[:200]
    matched = queryset.search(query)
    if not semantic_enabled():
        return matched
    if uses_full_text_search():
        matched = matched.order_by("-rank", "-updated_at")
    else:
        matched = matched.order_by("-updated_at")
    full_text_ids = list(matched.values_list("pk", flat=True)[:FULL_TEXT_CANDIDATES])
    ids, scores = rank_initiatives(queryset, query, full_text_ids)
    return _in_order(queryset, ids, scores)


def search_initiatives(query: str, *, limit: int = 20):
    """Published initiatives matching `query`, best first, each with `headline` when PostgreSQL.

    On PostgreSQL `headline` holds the summary with the matches between sentinels:
    render it with `{% load registry %}{{ initiative.headline|highlight }}`.
    """
    query = (query or "").strip()[:200]
    if not query:
        return Initiative.objects.none()
    queryset = (
        search_ranked(Initiative.objects.published(), query)
        .select_related("lead_organisation")
        .prefetch_related("themes")
    )
    if uses_full_text_search():
        queryset = queryset.with_headline(query)
    ranked = "rank" in queryset.query.annotations
    return queryset.order_by(*(("-rank", "-updated_at") if ranked else ("-updated_at",)))[:limit]


def featured_initiatives(*, limit: int = 3):
    """Good examples, most recently confirmed first: for the home page."""
    return (
        Initiative.objects.published()
        .filter(is_good_example=True)
        .select_related("lead_organisation")
        .order_by(F("confirmed_at").desc(nulls_last=True), "-updated_at")[:limit]
    )


def suggest_initiatives(query: str, *, limit: int = 10) -> list[dict]:
    """Published initiatives whose title or organisation starts or contains `query` (as you type)."""
    query = (query or "").strip()[:100]
    if len(query) < 2:
        return []
    rows = (
        Initiative.objects.published()
        .filter(Q(title__icontains=query) | Q(lead_organisation__name__icontains=query))
        .select_related("lead_organisation")
        .order_by("title")[:limit]
    )
    return [
        {"slug": row.slug, "title": row.title, "organisation": row.lead_organisation.name}
        for row in rows
    ]


def similar_initiatives(initiative: Initiative, *, limit: int = 5):
    """Published initiatives ranked by what they share with `initiative`.

    With embeddings: the neighbours by meaning the worker stored. Otherwise each shared
    theme counts 3, each shared tag 2, the same AI technique 1 and the same type of lead
    organisation 1; at least one theme or tag must be shared.
    """
    stored = similar_initiative_ids(initiative)
    if stored:
        return (
            _in_order(Initiative.objects.published(), stored)
            .select_related("lead_organisation").order_by("-rank")[:limit]
        )
    # .all(): from what the page prefetched, when it did.
    theme_ids = [theme.pk for theme in initiative.themes.all()]
    tag_ids = [tag.pk for tag in initiative.tags.all()]
    if not theme_ids and not tag_ids:
        return Initiative.objects.none()
    shared_themes = Count("themes", filter=Q(themes__in=theme_ids), distinct=True)
    shared_tags = Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True)
    return (
        Initiative.objects.published()
        .exclude(pk=initiative.pk)
        .annotate(shared_themes=shared_themes, shared_tags=shared_tags)
        .filter(Q(shared_themes__gt=0) | Q(shared_tags__gt=0))
        .annotate(
            similarity=(
                3 * F("shared_themes") + 2 * F("shared_tags")
                + Case(When(technique=initiative.technique, then=1), default=0)
                + Case(
                    When(lead_organisation__type=initiative.lead_organisation.type, then=1),
                    default=0,
                )
            )
        )
        .select_related("lead_organisation")
        .order_by("-similarity", "-updated_at")[:limit]
    )
