"""Cached pieces of pages that members see too (the anonymous page cache never serves them).

Keyed on the content version (accounts/content_version.py), so a write retires them at once.
"""

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache

from accounts.content_version import content_version

from .models import Question
from .permissions import can_moderate_any
from .search import related_questions

FRAGMENT_SECONDS = 600


def cached_related(user, question: Question) -> list[Question]:
    """The related questions as a visitor sees them, computed once per content version.

    Moderators also see hidden questions, so theirs are computed for them. Everyone else
    gets the public list (an author misses at most their own hidden question there). When
    related items come precomputed per question (issue 8), this stays the one call site.
    """
    if can_moderate_any(user):
        return related_questions(Question.objects.visible_to(user).select_related("theme"), question)
    key = f"related:{content_version()}:{question.pk}"
    related = cache.get(key)
    if related is None:
        related = related_questions(Question.objects.visible_to(AnonymousUser()).select_related("theme"),
                                    question)
        cache.set(key, related, FRAGMENT_SECONDS)
    return related
