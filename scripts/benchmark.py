"""Measure the portal's speed on PostgreSQL with gunicorn, as in production.

    .venv/bin/python scripts/benchmark.py [--questions 100000] [--seconds 10] [--connections 8]

Makes (or reuses) the database `vraagbaak_bench` (or BENCH_DATABASE) on the PostgreSQL server of
BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432), fills it with
questions, answers and tags, starts gunicorn with 2 workers on 127.0.0.1:8765 (BENCH_PORT) and
loads the question list, question pages and searches (a rare and a very common
word) with `wrk` (apt-get install wrk). Posting a question is timed in-process
through the service. It prints requests per second and latency percentiles; it
asserts nothing: speed is measured here, not in the test suite. With SEARCH_EMBEDDINGS on
(the default) it first stores vectors for every question (scripts/bench_semantic.py says
how), then times search, similar questions and the question page in process, and the
indexing rate and the cost of a full reindex.
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

BENCH_DATABASE = os.environ.get("BENCH_DATABASE", "vraagbaak_bench")
BENCH_PORT = int(os.environ.get("BENCH_PORT", "8765"))
if not re.fullmatch(r"\w+", BENCH_DATABASE):
    raise SystemExit("BENCH_DATABASE: letters, digits and underscores only")

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


def database_url(base: str) -> str:
    return base.rstrip("/") + "/" + BENCH_DATABASE


def ensure_database(base: str) -> None:
    import psycopg

    with psycopg.connect(base.rstrip("/") + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname=%s", [BENCH_DATABASE])
        if not exists.fetchone():
            conn.execute(f'CREATE DATABASE "{BENCH_DATABASE}"')


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.production")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    import django

    django.setup()


def seed(count: int) -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.utils.text import slugify

    from accounts.models import Organisation, User
    from initiatives.models import Theme
    from vraagbaak.models import Answer, AnswerState, Question, QuestionState

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    # Production settings serve hashed static files from the manifest, as in the image.
    call_command("collectstatic", interactive=False, verbosity=0)
    existing = Question.objects.count()
    if existing >= count:
        print(f"database has {existing} questions")
        return
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
            questions.append(Question(
                title=title[:150], slug=slugify(title)[:160],
                body=" ".join(rng.choice(WORDS) for _ in range(80)),
                author=rng.choice(users), theme=rng.choice(themes),
                state=QuestionState.ANSWERED, answer_count=2, score=rng.randint(-2, 20),
            ))
        questions = Question.objects.bulk_create(questions)
        Answer.objects.bulk_create(
            Answer(question=q, author=rng.choice(users), state=AnswerState.PUBLISHED,
                   body=" ".join(rng.choice(WORDS) for _ in range(60)))
            for q in questions for _ in range(2)
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
        cursor.execute("ANALYZE vraagbaak_question")


def wait_until_up(url: str, seconds: int = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()  # noqa: S310 (localhost only)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer at {url}")


def run_wrk(url: str, seconds: int, connections: int) -> str:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return f"{float(rps):8.1f} req/s  p50 {p50:>8}  p99 {p99:>8}" + (
        f"  NON-2xx: {errors.group(1)}" if errors else "")


def time_posting(samples: int = 50) -> str:
    from django.db import transaction

    from accounts.models import User
    from initiatives.models import Theme
    from vraagbaak.services.questions import question_create

    author = User.objects.filter(email__startswith="bench").first()
    theme = Theme.objects.first()
    durations = []
    for i in range(samples):
        start = time.perf_counter()
        with transaction.atomic():
            question_create(author=author, title=f"Benchmarkvraag {i} over taalmodellen en privacy",
                            body="Hoe gaan andere organisaties hiermee om? " * 10,
                            theme=theme, tags=["benchmark", "privacy"])
            transaction.set_rollback(True)
        durations.append((time.perf_counter() - start) * 1000)
    return (f"mean {statistics.mean(durations):.1f} ms, "
            f"p95 {sorted(durations)[int(samples * 0.95) - 1]:.1f} ms over {samples}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--seed-only", action="store_true", help="build the data, measure nothing")
    args = parser.parse_args()
    if not shutil.which("wrk") and not args.seed_only:
        raise SystemExit("Install wrk first: apt-get install wrk")
    base = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
    ensure_database(base)
    url = database_url(base)
    setup_django(url)
    print(f"Seeding up to {args.questions} questions ...")
    seed(args.questions)
    if args.seed_only:
        return

    from semantic.services import enabled
    from vraagbaak.models import Question

    question = Question.objects.order_by("-pk").first()
    if enabled():
        sys.path.insert(0, str(ROOT / "scripts"))
        import bench_semantic

        bench_semantic.build_vectors(WORDS)
        bench_semantic.prepare_page(question)
        print("\nfinding by meaning (in process, Django's test client, each query different):")
        bench_semantic.measure_requests(question.get_absolute_url(), WORDS)
        bench_semantic.measure_indexing()
    env = {**os.environ, "DATABASE_URL": url}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "vraagbaak.wsgi:application", "--workers", "2",
         "--bind", f"127.0.0.1:{BENCH_PORT}", "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )
    try:
        host = f"http://127.0.0.1:{BENCH_PORT}"
        wait_until_up(host + "/healthz")
        pages = {
            "question list": "/vragen/",
            "question page": question.get_absolute_url(),
            "search, rare word": "/zoeken/?q=" + urllib.parse.quote(question.title.split(":")[0]),
            "search, common word": "/zoeken/?q=taalmodel",
            "search, two words": "/zoeken/?q=privacy+algoritme",
        }
        print(f"\n{args.connections} connections, {args.seconds} s each, 2 gunicorn workers:")
        for name, path in pages.items():
            urllib.request.urlopen(host + path, timeout=10).read()  # noqa: S310 (warm up)
            print(f"  {name:<22} {run_wrk(host + path, args.seconds, args.connections)}")
        print(f"\nposting a question (service, in-process): {time_posting()}")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
