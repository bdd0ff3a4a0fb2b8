"""Reading writes nothing to the database: views are counted in Redis and written in batches by
the scheduler (run_periodic), once per visitor per question per day, crawlers not at all."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from vraagbaak.models import Question
from vraagbaak.services.view_counts import view_counts_flush

pytestmark = [pytest.mark.django_db, pytest.mark.redis]


def test_a_read_writes_nothing_and_the_flush_writes_the_count(question):
    readers = [Client(REMOTE_ADDR=f"192.0.2.{n}", HTTP_USER_AGENT="Firefox") for n in range(3)]
    for reader in readers:
        with CaptureQueriesContext(connection) as context:
            reader.get(question.get_absolute_url())
        writes = [q["sql"] for q in context.captured_queries if q["sql"].startswith(("UPDATE", "INSERT"))]
        assert writes == []
    assert Question.objects.get(pk=question.pk).view_count == 0
    assert view_counts_flush() == 3
    assert Question.objects.get(pk=question.pk).view_count == 3
    assert view_counts_flush() == 0
    assert Question.objects.get(pk=question.pk).view_count == 3


def test_views_counted_during_a_flush_wait_for_the_next(question):
    Client(REMOTE_ADDR="192.0.2.1").get(question.get_absolute_url())
    from vraagbaak.services import view_counts

    client, key = view_counts._redis()
    client.rename(key, key + ":flushing")  # a flush that stopped half-way
    Client(REMOTE_ADDR="192.0.2.2").get(question.get_absolute_url())
    assert view_counts_flush() == 1  # the batch left behind first
    assert view_counts_flush() == 1
    assert Question.objects.get(pk=question.pk).view_count == 2


def test_the_scheduler_flushes(question):
    Client(REMOTE_ADDR="192.0.2.1").get(question.get_absolute_url())
    Client(REMOTE_ADDR="192.0.2.1", HTTP_USER_AGENT="Mozilla/5.0 (compatible; bingbot/2.0)").get(
        question.get_absolute_url())
    call_command("run_periodic", "--once", stdout=StringIO())
    assert Question.objects.get(pk=question.pk).view_count == 1
