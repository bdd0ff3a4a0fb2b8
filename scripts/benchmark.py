"""Measure the portal's speed on PostgreSQL with gunicorn and Redis, as in production.

    .venv/bin/python scripts/benchmark.py [--questions 100000] [--seconds 10] [--connections 8]
    .venv/bin/python scripts/benchmark.py --side-by-side [--peer-dir /tmp/peer] [--rounds 3]

Makes (or reuses) the database `vraagbaak_bench` (or BENCH_DATABASE) on the PostgreSQL server of
BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432), fills it with questions,
answers and tags, starts gunicorn with 2 workers on 127.0.0.1:8765 and loads the question
list, question pages and searches (rare words, common words, paraphrases) with `wrk` (apt-get
install wrk), each kind over many addresses in turn, with the page cache on (as served) and
off (every page rendered). It counts the queries of each anonymous page in-process, and times
posting a question and an answer through the services. Caches go to the Redis of
BENCH_REDIS_URL (default redis://127.0.0.1:6379/11) when one answers. It prints the figures;
it asserts nothing: speed is measured here, not in the test suite. --side-by-side runs the kit
in ../shared/bench/ against its Askbot peer instead (scripts/bench_peer.py) and prints the ratios.
"""

import argparse
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vraagbaak.threads import one_thread_per_process  # noqa: E402 (after the path)

one_thread_per_process()  # before numpy loads: as a gunicorn worker (vraagbaak/wsgi.py)

WORDS = [
    "taalmodel", "woo-verzoek", "anonimiseren", "privacy", "dpia", "algoritme", "chatbot",
    "transcriptie", "vergadering", "samenvatten", "inkoop", "leverancier", "verordening", "risico",
    "toezicht", "handhaving", "subsidie", "vergunning", "burger", "ambtenaar", "gemeente",
    "provincie", "waterschap", "ministerie", "data", "dataset", "model", "training", "bias",
    "discriminatie", "transparantie", "uitlegbaarheid", "beveiliging", "logging", "archief",
]

# Titles vary in shape as real ones do; one shape for all would make every title
# "similar" to every other, a worst case no real vraagbaak has.
TEMPLATES = [
    "Mag ik {0} gebruiken voor {1}? ({n})",
    "Hoe pakken andere gemeenten {0} en {1} aan? #{n}",
    "Ervaringen met {0} bij {1} en {2} (vraag {n})",
    "Welke regels gelden voor {0} in combinatie met {1}? {n}",
    "{n}: is een DPIA nodig voor {0}?",
    "Wie heeft een voorbeeld van {0} voor {1} en {2}? [{n}]",
    "Kan {0} helpen bij {1}? - {n}",
    "Risico's van {0} voor {1}, {2} en {3} ({n})",
    "Vraag {n} over {0}",
    "Werkt {0} ook voor {1} bij een waterschap? ({n})",
]


# Searches as people type them: a rare word, very common words, and paraphrases (words the
# titles do not hold in that form or order).
SEARCHES = {
    "search, rare word": ["transcriptie", "uitlegbaarheid", "archief", "logging", "subsidie"],
    "search, common word": ["taalmodel", "privacy", "gemeente", "data", "model"],
    "search, paraphrase": ["mag een gemeente een taalmodel inzetten", "regels voor algoritmes",
                           "ervaring met chatbots bij de provincie", "risico van bias in modellen",
                           "dpia nodig voor transcriptie van vergaderingen"],
}
LUA = """
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
"""


def database_url(base: str, name: str) -> str:
    return base.rstrip("/") + "/" + name


def ensure_database(base: str, name: str) -> None:
    import psycopg

    with psycopg.connect(base.rstrip("/") + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname=%s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def redis_url() -> str:
    url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11")
    try:
        import redis

        redis.Redis.from_url(url).flushdb()
        return url
    except Exception as error:
        print(f"no Redis at {url} ({error}): the database cache is used")
        return ""


def setup_django(url: str, redis: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["REDIS_URL"] = redis
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.production")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    import django

    django.setup()


def seed(count: int) -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.utils.text import slugify

    from accounts.models import Organisation, User
    from initiatives.markup import render_markdown
    from initiatives.models import Theme
    from vraagbaak.models import Answer, AnswerState, Question, QuestionState

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    # Production settings serve hashed static files from the manifest, as in the image.
    call_command("collectstatic", interactive=False, verbosity=0)
    existing = Question.objects.count()
    if existing >= count:
        print(f"database has {existing} questions")
        count = existing  # still fill in what an interrupted run left without a vector
    rng = random.Random(42)
    organisation, _ = Organisation.objects.get_or_create(slug="bench-org", defaults={"name": "Bench"})
    users = list(User.objects.filter(email__startswith="bench"))
    if not users:
        users = User.objects.bulk_create(
            User(email=f"bench{i}@example.nl", display_name=f"Bench {i}", organisation=organisation)
            for i in range(200)
        )
    themes = list(Theme.objects.all())
    batch = 5000
    for start in range(existing, count, batch):
        questions = []
        for i in range(start, min(start + batch, count)):
            words = rng.sample(WORDS, 8)
            title = rng.choice(TEMPLATES).format(*words, n=i)
            body = " ".join(rng.choice(WORDS) for _ in range(80))
            questions.append(Question(
                title=title[:150], slug=slugify(title)[:160], body=body, body_html=render_markdown(body),
                author=rng.choice(users), theme=rng.choice(themes),
                state=QuestionState.ANSWERED, answer_count=2, score=rng.randint(-2, 20),
            ))
        questions = Question.objects.bulk_create(questions)
        bodies = [" ".join(rng.choice(WORDS) for _ in range(60)) for _ in range(2 * len(questions))]
        Answer.objects.bulk_create(
            Answer(question=q, author=rng.choice(users), state=AnswerState.PUBLISHED,
                   body=body, body_html=render_markdown(body))
            for q, body in zip([q for q in questions for _ in range(2)], bodies, strict=True)
        )
        print(f"  {start + len(questions)} questions", flush=True)
    with connection.cursor() as cursor:
        # The same vector the services keep, computed for all rows at once.
        cursor.execute("""
            UPDATE vraagbaak_question q SET search_vector =
              setweight(to_tsvector('dutch', q.title), 'A') ||
              setweight(to_tsvector('simple', q.title), 'A') ||
              setweight(to_tsvector('dutch', q.body), 'B') ||
              setweight(to_tsvector('simple', q.body), 'B')
            WHERE search_vector IS NULL""")
        # Every table: the server here runs without autovacuum, and without statistics on
        # answers PostgreSQL plans the posting policy's count over every published answer.
        cursor.execute("ANALYZE")


def wait_until_up(url: str, seconds: int = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()  # noqa: S310 (localhost only)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer at {url}")


def first_pass(host: str, paths: list[str]) -> str:
    """Each address once, one request at a time: what a visitor waits for a page the page
    cache does not hold yet (the first after a write). wrk then measures pages as served."""
    durations = []
    for path in paths:
        start = time.perf_counter()
        urllib.request.urlopen(host + path, timeout=60).read()  # noqa: S310 (localhost only)
        durations.append((time.perf_counter() - start) * 1000)
    ordered = sorted(durations)
    return (f"first pass {len(paths)} addresses: p50 {statistics.median(ordered):.0f} ms, "
            f"p99 {ordered[max(int(len(ordered) * 0.99) - 1, 0)]:.0f} ms")


def run_wrk(host: str, paths: list[str], seconds: int, connections: int) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        Path(scratch, "paths.txt").write_text("\n".join(paths) + "\n")
        Path(scratch, "rotate.lua").write_text(LUA)
        out = subprocess.run(
            ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s",
             str(Path(scratch, "rotate.lua")), host],
            capture_output=True, text=True, check=True,
            env={**os.environ, "WRK_PATHS": str(Path(scratch, "paths.txt"))},
        ).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return f"{float(rps):8.1f} req/s  p50 {p50:>8}  p99 {p99:>8}" + (
        f"  NON-2xx: {errors.group(1)}" if errors else "")


def benchmark_posts() -> dict:
    """The posts timed here (and profiled by scripts/profile_posting.py): a question with two
    tags, and an answer to the newest question."""
    from accounts.models import User
    from initiatives.models import Theme
    from vraagbaak.models import Question
    from vraagbaak.services.answers import answer_create
    from vraagbaak.services.questions import question_create

    authors = list(User.objects.filter(email__startswith="bench").order_by("pk")[:2])
    theme = Theme.objects.order_by("pk").first()
    question = Question.objects.order_by("-pk").first()
    return {
        "question": lambda i: question_create(
            author=authors[0], title=f"Benchmarkvraag {i} over taalmodellen en privacy",
            body="Hoe gaan andere organisaties hiermee om? " * 10, theme=theme,
            tags=["benchmark", "privacy"]),
        "answer": lambda i: answer_create(
            question=question, author=authors[1], body=f"Antwoord {i}: zo doen wij het, met een DPIA. " * 5),
    }


def time_posting(samples: int = 50) -> dict[str, str]:
    """Posting through the services, each in a transaction that is rolled back."""
    from django.db import transaction

    posts = benchmark_posts()
    figures = {}
    for kind, post in posts.items():
        durations = []
        for i in range(samples):
            start = time.perf_counter()
            with transaction.atomic():
                post(i)
                transaction.set_rollback(True)
            durations.append((time.perf_counter() - start) * 1000)
        figures[kind] = (f"median {statistics.median(durations):.1f} ms, "
                         f"p95 {sorted(durations)[int(samples * 0.95) - 1]:.1f} ms over {samples}")
    return figures


def count_queries(pages: dict[str, list[str]]) -> dict[str, tuple[int, int, int]]:
    """Queries of one anonymous page, rendered (page cache off): on a cold cache (after a write
    retired the cached fragments) and with the fragments cached; and with the page cache on
    but missed (another address), where the visitors' fragments serve (vraagbaak/fragments.py)."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from accounts.content_version import content_changed

    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, paths in pages.items():
            client = Client()
            content_changed()
            with CaptureQueriesContext(connection) as cold:
                client.get(paths[0])
            with CaptureQueriesContext(connection) as warm:
                client.get(paths[0])
            counts[name] = [len(cold.captured_queries), len(warm.captured_queries)]
    with override_settings(PAGE_CACHE_SECONDS=600):
        for name, paths in pages.items():
            client = Client()
            separator = "&" if "?" in paths[0] else "?"
            client.get(paths[0] + separator + "b=1")
            with CaptureQueriesContext(connection) as missed:
                client.get(paths[0] + separator + "b=2")
            counts[name].append(len(missed.captured_queries))
    return counts


def bench_pages() -> dict[str, list[str]]:
    from bench_semantic import store_neighbours  # this script's directory is on the path

    from vraagbaak.models import Question

    rng = random.Random(7)
    last = Question.objects.order_by("-pk").values_list("pk", flat=True).first()
    first = Question.objects.order_by("pk").values_list("pk", flat=True).first()
    picks = Question.objects.filter(pk__in=rng.sample(range(first, last + 1), 200))
    store_neighbours(picks)  # as the worker would have
    pages = {
        "question list": [f"/vragen/?page={n}" for n in range(1, 21)],
        "question page": [question.get_absolute_url() for question in picks],
    }
    for name, words in SEARCHES.items():
        pages[name] = ["/zoeken/?q=" + urllib.parse.quote_plus(word) for word in words]
    return pages


def serve(url: str, redis: str, port: int, page_cache_seconds: int):
    env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": redis,
           "PAGE_CACHE_SECONDS": str(page_cache_seconds)}
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "vraagbaak.wsgi:application", "--workers", "2",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )
    wait_until_up(f"http://127.0.0.1:{port}/healthz")
    return server


def measure_finding_by_meaning() -> None:
    """With SEARCH_EMBEDDINGS on: vectors for every question (kept between runs), then search,
    similar questions and the question page in process, and indexing (scripts/bench_semantic.py)."""
    from semantic.services import enabled
    from vraagbaak.models import Question

    if not enabled():
        return
    import bench_semantic  # this script's directory is on the path
    question = Question.objects.order_by("-pk").first()
    bench_semantic.build_vectors(WORDS)
    bench_semantic.store_neighbours([question])
    print("\nfinding by meaning (in process, Django's test client, each query different):")
    bench_semantic.measure_requests(question.get_absolute_url(), WORDS)
    bench_semantic.measure_indexing()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--side-by-side", action="store_true", help="run the kit against its peer")
    parser.add_argument("--peer-dir", type=Path,
                        default=Path(os.environ.get("TMPDIR", "/tmp")) / "peer")  # noqa: S108 (the kit's default)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed-only", action="store_true", help="fill the database, measure nothing")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("Install wrk first: apt-get install wrk")
    base = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
    name = os.environ.get("BENCH_DATABASE") or ("vraagbaak_peer" if args.side_by_side else "vraagbaak_bench")
    ensure_database(base, name)
    url, redis = database_url(base, name), redis_url()
    setup_django(url, redis)
    if args.side_by_side:
        import bench_peer

        if not (args.peer_dir / "askbot-venv/bin/gunicorn").exists():
            raise SystemExit(f"No peer in {args.peer_dir}: build it with ../shared/bench/peer-askbot.sh")
        bench_peer.load_content(2000)
        bench_peer.compose_vectors()
        bench_peer.run(args.peer_dir, seconds=args.seconds, rounds=args.rounds, connections=args.connections,
                       gunicorn_env={**os.environ, "DATABASE_URL": url, "REDIS_URL": redis})
        return
    print(f"Seeding up to {args.questions} questions ...")
    seed(args.questions)
    if args.seed_only:
        return
    measure_finding_by_meaning()
    pages = bench_pages()
    print("\nqueries per anonymous page (rendered; cold fragments / warm fragments / "
          "page cache on but missed):")
    for page, (cold, warm, missed) in count_queries(pages).items():
        print(f"  {page:<22} {cold:3d} / {warm:3d} / {missed:3d}")
    for label, seconds in (("page cache on (as served)", 600), ("page cache off (every page rendered)", 0)):
        port = int(os.environ.get("BENCH_PORT", "8765"))
        server = serve(url, redis, port, seconds)
        try:
            host = f"http://127.0.0.1:{port}"
            print(f"\n{label}: {args.connections} connections, {args.seconds} s each, 2 gunicorn workers:")
            for page, paths in pages.items():
                warm = first_pass(host, paths)
                print(f"  {page:<22} {len(paths):3d} addresses "
                      f"{run_wrk(host, paths, args.seconds, args.connections)}  ({warm})", flush=True)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=10)
    for kind, figures in time_posting().items():
        print(f"\nposting {'an' if kind == 'answer' else 'a'} {kind} (service, in-process): {figures}")


if __name__ == "__main__":
    main()
