"""Long lists keep their total in the cache; short ones are always counted afresh."""

import pytest
from django.core.cache import cache

from tests.factories import QuestionFactory
from vraagbaak.models import Question
from vraagbaak.site import pagination
from vraagbaak.site.pagination import CachedCountPaginator

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_short_list_is_counted_every_time(django_assert_num_queries):
    QuestionFactory.create_batch(3)
    with django_assert_num_queries(1):
        assert CachedCountPaginator(Question.objects.all(), 2).count == 3
    QuestionFactory()
    assert CachedCountPaginator(Question.objects.all(), 2).count == 4


def test_long_list_total_comes_from_the_cache(monkeypatch, django_assert_num_queries):
    monkeypatch.setattr(pagination, "CACHE_FROM_ROWS", 3)
    QuestionFactory.create_batch(3)
    assert CachedCountPaginator(Question.objects.all(), 2).count == 3
    with django_assert_num_queries(0):
        assert CachedCountPaginator(Question.objects.all(), 2).count == 3
    # Another selection has its own total.
    assert CachedCountPaginator(Question.objects.filter(score__gt=0), 2).count == 0


def test_empty_selection_counts_zero():
    assert CachedCountPaginator(Question.objects.filter(pk__in=[]), 2).count == 0
