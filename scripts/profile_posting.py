"""Where the time of posting a question or an answer goes, in process, on a filled database.

    BENCH_DATABASE=vraagbaak_100k_x .venv/bin/python scripts/profile_posting.py [--samples 50]
        [--queries] [--explain 3] [--profile 25] [--json]

Posts through the services as scripts/benchmark.py's `time_posting` does (each post in a
transaction that is rolled back, so the database stays as it was), on the database
BENCH_DATABASE of BENCH_POSTGRES_URL; it never fills or migrates it. Prints the median and
p95 of each kind and the queries per post; --queries lists the statements of one post with
their time (the slowest first), --explain EXPLAIN ANALYZEs the N slowest, --profile prints
cProfile's heaviest functions. --json prints the durations only (for scripts/ab_posting.py).
--with-on-commit also times the work the post leaves for after the commit (enqueueing tasks),
which the benchmark's rolled-back posts skip.
"""

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup() -> None:
    base = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
    name = os.environ.get("BENCH_DATABASE", "")
    if not name or name == "vraagbaak_bench":
        raise SystemExit("Set BENCH_DATABASE to a copy of the benchmark database of your own.")
    os.environ["DATABASE_URL"] = base.rstrip("/") + "/" + name
    os.environ.setdefault("REDIS_URL", "")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.production")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    import django

    django.setup()


def posts() -> dict:
    """The posts of benchmark.time_posting."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from benchmark import benchmark_posts

    return benchmark_posts()


# --with-on-commit: also run what the post leaves for after the commit (enqueueing the
# embedding and the e-mail tasks), still inside the transaction that is rolled back.
AFTER_COMMIT = {"run": False}


def rolled_back(post, i: int):
    from django.db import connection, transaction

    with transaction.atomic():
        post(i)
        if AFTER_COMMIT["run"]:
            for _savepoints, callback, _robust in list(connection.run_on_commit):
                callback()
        transaction.set_rollback(True)


def durations(post, samples: int) -> list[float]:
    rolled_back(post, -1)  # warm up: the first post loads code and fills Python's caches
    result = []
    for i in range(samples):
        start = time.perf_counter()
        rolled_back(post, i)
        result.append((time.perf_counter() - start) * 1000)
    return result


def figures(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"median {statistics.median(values):6.1f} ms, p95 {p95:6.1f} ms over {len(values)}"


def queries_of(post, i: int) -> list[dict]:
    """The statements of one post, each with its time in ms (CaptureQueriesContext rounds to
    whole milliseconds: too coarse here)."""
    from django.db import connection

    captured = []

    def timed(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            ms = (time.perf_counter() - start) * 1000
            captured.append({"sql": connection.ops.last_executed_query(
                context["cursor"], sql, params) if not many else sql, "ms": ms})

    with connection.execute_wrapper(timed):
        rolled_back(post, i)
    return captured


def explain(post, i: int, statements: list[str]) -> None:
    """EXPLAIN ANALYZE each statement inside a post that is rolled back (so its rows exist)."""
    from django.db import connection, transaction

    with transaction.atomic():
        post(i)
        with connection.cursor() as cursor:
            for sql in statements:
                if sql.startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
                    continue
                print("\n" + sql[:400])
                try:
                    with transaction.atomic():  # a repeated INSERT may break a unique constraint
                        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                        print("\n".join("    " + row[0] for row in cursor.fetchall()))
                except Exception as error:  # printed, and the next statement goes on
                    print(f"    not explained: {error}")
        transaction.set_rollback(True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--kind", choices=["question", "answer"], action="append")
    parser.add_argument("--queries", action="store_true")
    parser.add_argument("--explain", type=int, default=0, metavar="N")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--with-on-commit", action="store_true")
    args = parser.parse_args()
    AFTER_COMMIT["run"] = args.with_on_commit
    setup()
    kinds = {kind: post for kind, post in posts().items() if not args.kind or kind in args.kind}
    if args.json:
        print(json.dumps({kind: durations(post, args.samples) for kind, post in kinds.items()}))
        return
    for kind, post in kinds.items():
        values = durations(post, args.samples)
        captured = queries_of(post, 10_000)
        sql_ms = sum(q["ms"] for q in captured)
        print(f"{kind}: {figures(values)}; {len(captured)} queries, {sql_ms:.1f} ms of SQL (one post)")
        if args.queries:
            for q in sorted(captured, key=lambda q: -q["ms"]):
                print(f"  {q['ms']:6.2f} ms  {' '.join(q['sql'].split())[:150]}")
        if args.explain:
            slowest = sorted(captured, key=lambda q: -q["ms"])[: args.explain]
            explain(post, 20_000, [q["sql"] for q in slowest])
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for i in range(20):
                rolled_back(post, 30_000 + i)
            profiler.disable()
            print(f"\ncProfile of 20 posts of a {kind}, by cumulative time:")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
