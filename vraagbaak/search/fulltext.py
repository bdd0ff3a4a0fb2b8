"""Finding questions: full-text search, similar titles and related questions.

On PostgreSQL the stored `search_vector` (title A, body B, tags and published
answers C; `dutch` and `simple` configurations together) is matched with
`websearch_to_tsquery` in both configurations, ranked with `ts_rank_cd` over a
bounded set of candidates, and shown with highlighted snippets. SQLite, the
embedded default, matches title and body case-insensitively.
"""

import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramDistance,
    TrigramSimilarity,
)
from django.db import connection
from django.db.models import Count, F, Q
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from taggit.models import TaggedItem

from ..models import Question

MAX_QUERY_LENGTH = 200
# Rank only this many of the most recently active matches: a very common word
# then costs a bounded amount of work instead of ranking every question.
CANDIDATE_LIMIT = 1000
SIMILAR_LIMIT = 5
SIMILAR_CANDIDATES = 50
RELATED_LIMIT = 5
RELATED_CANDIDATES = 50
# Markers ts_headline puts around matches; the snippet is escaped, then they become <mark>.
START_SEL, STOP_SEL = "\u2983", "\u2984"
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class CleanQuery:
    text: str
    was_truncated: bool

    @property
    def has_words(self) -> bool:
        return bool(WORD.search(self.text))


def clean_query(raw: str | None) -> CleanQuery:
    text = " ".join((raw or "").split())
    text = text.replace(START_SEL, "").replace(STOP_SEL, "")
    truncated = len(text) > MAX_QUERY_LENGTH
    return CleanQuery(text=text[:MAX_QUERY_LENGTH], was_truncated=truncated)


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def _tsquery(text: str, search_type: str = "websearch"):
    return SearchQuery(text, config="dutch", search_type=search_type) | SearchQuery(
        text, config="simple", search_type=search_type
    )


def highlight(snippet: str | None) -> SafeString:
    """Escape a ts_headline snippet, then turn its markers into <mark> elements."""
    html = escape(snippet or "")
    html = html.replace(START_SEL, "<mark>").replace(STOP_SEL, "</mark>")
    return mark_safe(html)  # noqa: S308 (escaped above; only our own markers become tags)


def search_questions(queryset, query: CleanQuery):
    """`queryset` (already filtered for visibility, theme and state) narrowed to `query`.

    On PostgreSQL the results carry `rank`, `title_snippet` and `body_snippet`.
    """
    if not query.has_words:
        return queryset.none()
    if not is_postgresql():
        return queryset.filter(
            Q(title__icontains=query.text) | Q(body__icontains=query.text)
        ).order_by("-last_activity_at")
    tsquery = _tsquery(query.text)
    candidates = (
        queryset.filter(search_vector=tsquery).order_by("-last_activity_at").values("pk")[
            :CANDIDATE_LIMIT
        ]
    )
    return _with_snippets(
        queryset.filter(pk__in=candidates).annotate(
            rank=SearchRank(F("search_vector"), tsquery, cover_density=True)
        ),
        tsquery,
    ).order_by("-rank", "-last_activity_at")


def _with_snippets(queryset, tsquery):
    options = {
        "start_sel": START_SEL, "stop_sel": STOP_SEL, "max_words": 35, "min_words": 15,
        "max_fragments": 2, "fragment_delimiter": " … ",
    }
    return queryset.annotate(
        title_snippet=SearchHeadline(
            "title", tsquery, config="dutch", start_sel=START_SEL, stop_sel=STOP_SEL,
            highlight_all=True,
        ),
        body_snippet=SearchHeadline("body", tsquery, config="dutch", **options),
    )


def with_snippets(queryset, query: CleanQuery):
    """PostgreSQL: `title_snippet` and `body_snippet` with any of the query's words marked
    (a question found by meaning may share only some of them, or none)."""
    if not is_postgresql() or not query.has_words:
        return queryset
    words = [w for w in WORD.findall(query.text.lower()) if len(w) > 1][:20]
    return _with_snippets(queryset, _tsquery(" or ".join(words)))


def similar_questions(
    queryset, title: str, limit: int = SIMILAR_LIMIT, *, by_shape: bool = True
) -> list[Question]:
    """Questions whose title looks like `title`: for spotting duplicates before posting.

    `by_shape=False` leaves out the trigram neighbours (the costlier half) and keeps
    the questions sharing words, which is what a question page's "related" needs.
    """
    words = [word for word in WORD.findall(title.lower()) if len(word) > 2][:12]
    if not words:
        return []
    if not is_postgresql():
        long_words = sorted(words, key=len, reverse=True)[:4]
        condition = Q()
        for word in long_words:
            condition |= Q(title__icontains=word)
        return list(queryset.filter(condition).order_by("-score", "-created_at")[:limit])
    # Trigram similarity through the index (`%`), or any of the words in the text;
    # `dutch` alone here, so that stop words like "voor" do not make everything similar.
    any_word = SearchQuery(" or ".join(words), config="dutch", search_type="websearch")
    # Bounded candidates: the closest titles through the trigram index, and the newest
    # questions sharing a word; a title of very common words then costs no more.
    # Fetched as ids first: an OR of two subqueries would make PostgreSQL scan the table.
    # The nearest titles, straight from the GiST trigram index (KNN order by distance).
    shape_ids = (
        queryset.filter(title__trigram_similar=title)
        .order_by(TrigramDistance("title", title))
        .values_list("pk", flat=True)
    )
    by_word = queryset.filter(search_vector=any_word).order_by("-last_activity_at")
    candidates = {*(shape_ids[:SIMILAR_CANDIDATES] if by_shape else ()),
                  *by_word.values_list("pk", flat=True)[:SIMILAR_CANDIDATES]}
    return list(
        queryset.filter(pk__in=candidates)
        .annotate(
            similarity=TrigramSimilarity("title", title),
            rank=SearchRank(F("search_vector"), any_word, cover_density=True),
        )
        # Both signals count: the shape of the title and the words it shares with the question.
        .order_by((F("similarity") + F("rank")).desc(), "-score")[:limit]
    )


def related_questions(queryset, question: Question, limit: int = RELATED_LIMIT) -> list[Question]:
    """Questions sharing the most tags, then the theme's newest; on PostgreSQL also similar titles.

    The candidates are bounded (tag matches counted in the tag table, the theme's
    newest questions), so a popular tag or theme costs no more than a rare one.
    """
    others = queryset.exclude(pk=question.pk)
    tag_ids = [tag.pk for tag in question.tags.all()]
    shared: dict[int, int] = {}
    if tag_ids:
        rows = (
            TaggedItem.objects.filter(
                content_type=ContentType.objects.get_for_model(Question), tag_id__in=tag_ids
            )
            .exclude(object_id=question.pk)
            .values("object_id")
            .annotate(shared=Count("id"))
            .order_by("-shared", "-object_id")[:RELATED_CANDIDATES]
        )
        shared = {row["object_id"]: row["shared"] for row in rows}
    # The theme's newest as a subquery of the rows' query: one query for both kinds of candidate.
    same_theme = others.filter(theme_id=question.theme_id).order_by("-created_at").values("pk")[:limit]
    related = sorted(
        others.filter(Q(pk__in=list(shared)) | Q(pk__in=same_theme)),
        key=lambda q: (-shared.get(q.pk, 0), -q.score, -q.last_activity_at.timestamp()),
    )[:limit]
    if is_postgresql():
        seen = {q.pk for q in related}
        similar = similar_questions(others, question.title, limit, by_shape=False)
        related += [q for q in similar if q.pk not in seen]
    return related[:limit]
