"""The relevance set's floors (tests/search/relevance_set.py), on SQLite and PostgreSQL:
paraphrases of demo questions and Dutch queries for English Tech Watch cases are found in the
first five (recall@5 at least 0.9), and at most 1 in 10 questions nothing answers is shown
a match above the threshold. The content is the demo (load_demo), on the Dutch Tech Watch
cases the project ships, so it runs in a fresh clone too."""

from io import StringIO

import pytest
from django.core.management import call_command

from tests.search.relevance import false_matches, measure
from tests.search.relevance_set import ANSWER_TEXT, CROSS_LANGUAGE, NO_ANSWER, PARAPHRASES

pytestmark = pytest.mark.django_db

RECALL_FLOOR = 0.9
FALSE_MATCH_CEILING = 0.1


@pytest.fixture
def indexed_demo(embeddings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", "--force", stdout=StringIO())


def test_the_set_is_as_large_as_promised():
    assert len(PARAPHRASES) >= 40
    assert len(CROSS_LANGUAGE) >= 20
    assert len(NO_ANSWER) >= 10
    assert len(ANSWER_TEXT) >= 2
    assert all(query != expected for query, expected in PARAPHRASES)


def test_recall_and_false_matches_stay_above_their_floors(indexed_demo):
    figures = measure()
    report = "\n".join(f.line() + "".join(f"\n    missed: {m}" for m in f.misses) for f in figures)
    for surface in figures:
        assert surface.recall_at_5 >= RECALL_FLOOR, report
    for surface, shown in false_matches().items():
        assert len(shown) / len(NO_ANSWER) <= FALSE_MATCH_CEILING, (surface, shown)
