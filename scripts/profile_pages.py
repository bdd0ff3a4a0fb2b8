"""Where a cold render of an anonymous page spends its time: SQL, templates, the rest.

    DATABASE_URL=postgres://.../vraagbaak_bench .venv/bin/python scripts/profile_pages.py \
        [--renders 200] [--profile] PATH [PATH ...]

Production settings (DEBUG off, cached template loaders, hashed static files), the page cache
off (PAGE_CACHE_SECONDS=0: every page rendered, as after a write), Django's test client as an
anonymous visitor. For each path: the wall time per request (median, p95), the part spent in
SQL (every query timed through an execute wrapper) and the part spent rendering the
template, less the SQL it ran. With --profile, cProfile's top functions by own time and by
cumulative time, and the templates and tags that cost most. Prints one JSON line per path
as well, for comparing two trees (A/B) in one run.

With --distinct, the paths are one kind of page with different queries (searches, each
query new to the query-vector cache): each is requested once after a warm-up, and the figures
(or the profile) cover all of them together.
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

from vraagbaak.threads import one_thread_per_process  # noqa: E402 (after the path)

one_thread_per_process()  # before numpy loads: as a gunicorn worker (vraagbaak/wsgi.py)


def setup() -> None:
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.production")
    os.environ.setdefault("SECRET_KEY", "profile-only-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    import django

    django.setup()


class Clock:
    """Times SQL and the outermost template render of one request."""

    def __init__(self):
        self.sql = self.template = self.sql_in_template = 0.0
        self.queries = 0
        self.template_queries = []
        self._depth = 0

    def execute(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent = time.perf_counter() - start
            self.sql += spent
            self.queries += 1
            if self._depth:
                self.sql_in_template += spent
                self.template_queries.append(sql[:90])

    def wrap_render(self, render):
        def timed(template, context):
            self._depth += 1
            start = time.perf_counter()
            try:
                return render(template, context)
            finally:
                self._depth -= 1
                if not self._depth:
                    self.template += time.perf_counter() - start
        return timed


def measure(client, path: str | list[str], renders: int) -> dict:
    """`path` `renders` times after 5 warm-ups; or each of a list of paths once, after the
    first was requested 5 times with another query (the warm-up must not cache theirs)."""
    from django.db import connection
    from django.template.base import Template

    walls, sqls, templates, queries, in_template = [], [], [], [], []
    original = Template.render
    paths = [path] * (renders + 5) if isinstance(path, str) else [*_warm_ups(path[0]), *path]
    for i, path in enumerate(paths):
        clock = Clock()
        Template.render = clock.wrap_render(original)
        try:
            with connection.execute_wrapper(clock.execute):
                start = time.perf_counter()
                response = client.get(path)
                wall = time.perf_counter() - start
        finally:
            Template.render = original
        assert response.status_code == 200, (path, response.status_code)
        if i < 5:  # warm-up: connections, compiled templates, the model
            continue
        walls.append(wall * 1000)
        sqls.append(clock.sql * 1000)
        templates.append((clock.template - clock.sql_in_template) * 1000)
        queries.append(clock.queries)
        in_template.append(clock.sql_in_template * 1000)

    def p95(values):
        return sorted(values)[max(int(len(values) * 0.95) - 1, 0)]

    return {
        "path": path, "n": len(walls),
        "wall_p50": statistics.median(walls), "wall_p95": p95(walls),
        "sql_p50": statistics.median(sqls), "template_p50": statistics.median(templates),
        "other_p50": statistics.median(w - s - t for w, s, t in zip(walls, sqls, templates, strict=True)),
        "sql_in_template_p50": statistics.median(in_template),
        "queries": statistics.median(queries), "queries_in_template": clock.template_queries,
        "bytes": len(response.content),
    }


def _warm_ups(path: str) -> list[str]:
    """Five requests of the page `path` is, with a query none of the measured ones has."""
    base, _, _ = path.partition("?q=")
    return [f"{base}?q=opwarmen{n}" if base != path else path for n in range(5)]


def profile(client, path: str | list[str], renders: int, only_templates: bool) -> None:
    """cProfile over whole requests, or (only_templates) over the outermost template render;
    for a list of paths, over each of them once."""
    from django.template.base import Template

    profiler = cProfile.Profile()
    paths = [path] * renders if isinstance(path, str) else path
    for warm_up in _warm_ups(paths[0]):
        client.get(warm_up)
    original = Template.render
    depth = 0

    def profiled(template, context):
        nonlocal depth
        depth += 1
        if depth == 1:
            profiler.enable()
        try:
            return original(template, context)
        finally:
            depth -= 1
            if not depth:
                profiler.disable()

    if only_templates:
        Template.render = profiled
    else:
        profiler.enable()
    try:
        for each in paths:
            client.get(each)
    finally:
        profiler.disable()
        Template.render = original
    stats = pstats.Stats(profiler).strip_dirs()
    scope = "template rendering only" if only_templates else "whole requests"
    name = path if isinstance(path, str) else f"{len(path)} paths from {path[0]}"
    print(f"\n=== {name}: {len(paths)} renders, {scope}, top by own time")
    stats.sort_stats("tottime").print_stats(30)
    print(f"=== {name}: top by cumulative time")
    stats.sort_stats("cumulative").print_stats(60)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--renders", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="cProfile whole requests")
    parser.add_argument("--profile-templates", action="store_true",
                        help="cProfile the outermost template render only")
    parser.add_argument("--distinct", action="store_true",
                        help="the paths are one page with different queries: each once, together")
    args = parser.parse_args()
    setup()
    from django.test import Client

    client = Client()
    for path in [args.paths] if args.distinct else args.paths:
        if args.profile or args.profile_templates:
            profile(client, path, args.renders, only_templates=args.profile_templates)
        else:
            print(json.dumps(measure(client, path, args.renders)), flush=True)


if __name__ == "__main__":
    main()
