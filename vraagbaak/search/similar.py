"""Similar questions for a title being typed or submitted: spotting a duplicate before posting.

With embeddings the nearest questions by meaning lead, followed (on PostgreSQL) by the
trigram and shared-word neighbours of `fulltext`; each carries `similarity_score` and
`is_near_duplicate` (at or above DUPLICATE_THRESHOLD), and near-duplicates come first.
"""

from semantic import services as semantic

from . import fulltext
from .semantic import DUPLICATE_THRESHOLD, nearest_questions


def similar_questions(queryset, title: str, limit: int = fulltext.SIMILAR_LIMIT, *,
                      by_shape: bool = True) -> list:
    if not semantic.enabled():
        return fulltext.similar_questions(queryset, title, limit, by_shape=by_shape)
    vector, near = nearest_questions(queryset, title, k=limit * 4)
    rankings = [[pk for pk, _ in near]]
    if fulltext.is_postgresql() and len(rankings[0]) < limit:
        rankings.append([q.pk for q in fulltext.similar_questions(queryset, title, limit,
                                                                  by_shape=by_shape)])
    # A duplicate is one in meaning: the nearest by meaning lead, titles that share words or
    # letters fill the list when too few are near. (On the relevance set, fusing both by
    # rank put the right question in the first five for 0.92 of the paraphrases on
    # PostgreSQL, weighted 1 : 0.5 too; meaning first: 1.00.)
    ids = list(dict.fromkeys(pk for ranking in rankings for pk in ranking))[: limit * 2]
    scores = dict(near)
    scores.update(semantic.scores(kind="question", vector=vector,
                                  object_ids=[pk for pk in ids if pk not in scores]))
    by_pk = {q.pk: q for q in queryset.filter(pk__in=ids)}
    found = [by_pk[pk] for pk in ids if pk in by_pk]
    for question in found:
        question.similarity_score = scores.get(question.pk, 0.0)
        question.is_near_duplicate = question.similarity_score >= DUPLICATE_THRESHOLD
    # Near-duplicates first (closest first); the rest in the order above.
    found.sort(key=lambda q: (not q.is_near_duplicate,
                              -q.similarity_score if q.is_near_duplicate else 0))
    return found[:limit]
