"""Cached pieces of pages: ones members see too (the anonymous page cache never serves them),
and the visitors' side of a page, for when the page cache cannot serve the whole page."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache

from accounts.content_version import content_version

from .models import Question
from .permissions import can_moderate_any
from .search.fulltext import related_questions

# Which questions are related changes slowly (new questions, edited tags): an hour-old list is
# fine. What may be shown changes at once (a question hidden, closed, edited): the lists hold
# ids only, and the rows are read through visible_to at every request.
RELATED_SECONDS = 3600


def cached_related(user, question: Question) -> list[Question]:
    """The related questions by their words (the question page's choice when no neighbours are
    stored), chosen once an hour per question, each read as `user` may see it.

    Moderators also see hidden questions among the related, so theirs are chosen for them.
    """
    if can_moderate_any(user):
        return related_questions(Question.objects.visible_to(user).select_related("theme"), question)
    key = f"related:{question.pk}"
    ids = cache.get(key)
    if ids is None:
        chosen = related_questions(Question.objects.visible_to(AnonymousUser()).select_related("theme"),
                                   question)
        cache.set(key, [other.pk for other in chosen], RELATED_SECONDS)
        return chosen
    rows = Question.objects.visible_to(user).select_related("theme").in_bulk(ids)
    return [rows[pk] for pk in ids if pk in rows]


def for_visitors(name: str, pk: int, build):
    """What `build()` returns for visitors who are not signed in, cached per version of the
    content: every write that may change a public page bumps the version (page_cache.py), so
    the first visitor after a change builds it again. For the parts of a page that are alike
    for every visitor (a question's answers, duplicates and neighbours), when the whole page
    cannot come from the page cache (another query string, another language, a response the
    page cache may not store). Under the page cache's rules, and only when it is on: writes
    through the site bump the version, writes elsewhere call content_changed() themselves.
    Kept no longer than a stored page.
    """
    if not settings.PAGE_CACHE_SECONDS:
        return build()
    key = f"visitors:{content_version()}:{name}:{pk}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value
