"""What a question page shows beside the question: read from the stored neighbours.

With embeddings on, the worker stored each question's nearest questions and initiatives
(vraagbaak.search.semantic), so the page runs no search: one indexed read of the stored
ids, one read of each kind's rows. Without them the full-text reads of `fulltext` serve.
"""

from django.db.models import Exists, OuterRef, Q

from initiatives import semantic as registry
from initiatives.models import Initiative
from semantic import services as semantic

from ..models import Question
from .fulltext import RELATED_LIMIT
from .fulltext import related_questions as related_by_words
from .people import who_works_on
from .semantic import KIND

SUGGESTED_LIMIT = 3


def _in_order(queryset, ids: list[int], limit: int) -> list:
    if not ids:
        return []
    by_pk = {item.pk: item for item in queryset.filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk][:limit]


def stored_neighbours(question) -> dict[str, list[int]]:
    """The ids the worker stored as the question's neighbours, per kind, best first; empty
    when none are stored (or finding by meaning is off). From the shared cache, where the
    worker puts them as it stores them (semantic.services.neighbour_ids)."""
    return semantic.neighbour_ids(kind=KIND, object_id=question.pk)


def related_questions(queryset, question, limit: int = RELATED_LIMIT) -> list:
    """The questions of `queryset` nearest to `question`, best first."""
    stored = stored_neighbours(question)
    if not stored:
        return related_by_words(queryset, question, limit)
    return _in_order(queryset.exclude(pk=question.pk), stored.get(KIND, []), limit)


DUPLICATES_LIMIT = 20


def question_page_neighbours(queryset, question, limit: int = RELATED_LIMIT, *,
                             stored: dict[str, list[int]] | None = None, fallback=None) -> dict:
    """Related questions, the linked and the suggested initiatives, who works on this, and the
    questions closed as duplicates of this one, for the page.

    Suggested initiatives are published ones that may be about the question and are not
    linked to it yet: suggested, until the asker or an expert links one. `stored` is
    stored_neighbours(question) when the caller has it (read here when not). Without stored
    neighbours, `fallback()` (or the full-text reads) gives the related questions. With them,
    the related questions and the duplicates are read in one query, and the linked and the
    suggested initiatives in another.
    """
    if stored is None:
        stored = stored_neighbours(question)
    duplicates = queryset.filter(duplicate_of=question).order_by("created_at")
    linked_ids = Question.initiatives.through.objects.filter(question=question).values("initiative_id")
    if not stored:
        related = fallback() if fallback else related_by_words(queryset, question, limit)
        return {"related": related, "duplicates": list(duplicates[:DUPLICATES_LIMIT]),
                "linked_initiatives": list(Initiative.objects.published().filter(pk__in=linked_ids)),
                "suggested_initiatives": [], "people": None}
    related_ids = stored.get(KIND, [])
    # Two indexed conditions, OR-ed (a bitmap of each index): with the duplicates as a
    # subquery PostgreSQL read every question (110 ms at 100,000).
    rows = {q.pk: q for q in queryset.exclude(pk=question.pk)
            .filter(Q(pk__in=related_ids) | Q(duplicate_of=question))}
    related = [rows[pk] for pk in related_ids if pk in rows][:limit]
    # The initiatives linked to the question and those the worker found near it, in one read.
    near_ids = stored.get(registry.KIND, [])
    initiatives = list(
        Initiative.objects.published().select_related("lead_organisation")
        .filter(Q(pk__in=linked_ids) | Q(pk__in=near_ids))
        .annotate(is_linked=Exists(linked_ids.filter(initiative_id=OuterRef("pk"))))
    )
    linked = [initiative for initiative in initiatives if initiative.is_linked]
    by_pk = {initiative.pk: initiative for initiative in initiatives}
    near_initiatives = [by_pk[pk] for pk in near_ids if pk in by_pk][:limit + len(linked)]
    return {
        "related": related,
        "linked_initiatives": linked,
        "duplicates": sorted((q for q in rows.values() if q.duplicate_of_id == question.pk),
                             key=lambda q: q.created_at)[:DUPLICATES_LIMIT],
        "suggested_initiatives": [i for i in near_initiatives if not i.is_linked][:SUGGESTED_LIMIT],
        "people": who_works_on(initiatives=near_initiatives, questions=related),
    }
