"""Load with nothing lost: two mixes against gunicorn on loopback, then a check of the database.

    scripts/loadtest [--seconds 60] [--connections 100] [--members 20] [--servers 2]

Makes the database `vraagbaak_load` (or LOAD_DATABASE) anew (on BENCH_POSTGRES_URL's server), fills it through
the services (questions, answers, the shipped Tech Watch registry), and starts `--servers`
gunicorn instances of 2 workers on 127.0.0.1 sharing it and the Redis of LOAD_REDIS_URL.

1. Readers: wrk with `--connections` connections for `--seconds` over question lists, question
   pages, searches and registry pages. Reports requests/s, p99 and every answer that is not 2xx.
2. Writers: `--members` signed-in members, each its own connection and session, spread over
   the servers, posting answers, comments and votes as fast as they get answers, for `--seconds`.
   Every write carries a marker; a 302 to the post is an accepted write.

Afterwards: every accepted answer and comment is in the database exactly once and no refused
one is; every vote a member cast is there as their last click left it; every score equals the
sum of its votes and every answer count the number of published answers. Exits 1 when not.
Loopback only, bounded (at most 300 s and 500 connections).
"""

import argparse
import collections
import http.client
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
PASSWORD = "loadtest-wachtwoord-2026"  # noqa: S105 (a throw-away database)
HOST = "127.0.0.1"
LUA = """
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0; i = math.random(#paths) end
function request() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
function response(status, headers, body) if status < 200 or status > 299 then non2xx = non2xx + 1 end end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("non2xx") end
  io.write(string.format("non2xx=%d\\n", total))
  io.write(string.format("p99_us=%d\\n", latency:percentile(99)))
  io.write(string.format("p50_us=%d\\n", latency:percentile(50)))
end
"""


# Several people on one machine each give their own database and ports.
DATABASE = os.environ.get("LOAD_DATABASE", "vraagbaak_load")
FIRST_PORT = int(os.environ.get("LOAD_PORT", "8110"))


def prepare(base: str, questions: int, members: int):
    """A fresh database with content made through the services; returns what the writers need."""
    import psycopg

    with psycopg.connect(base.rstrip("/") + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DATABASE}"')
    from benchmark import setup_django

    redis = os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/11")
    setup_django(base.rstrip("/") + "/" + DATABASE, redis)
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import override_settings

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    cache.clear()
    from allauth.account.models import EmailAddress

    from accounts.models import Organisation, User
    from accounts.services import member_role_grant
    from initiatives.demo import load_tech_watch
    from initiatives.models import Theme
    from vraagbaak.services.answers import answer_create
    from vraagbaak.services.questions import question_create

    load_tech_watch()
    organisation = Organisation.objects.create(name="Gemeente Belasting", slug="belasting")
    people = []
    for n in range(members):
        user = User.objects.create_user(
            email=f"lid{n}@gemeentebelasting.nl",
            password=PASSWORD,
            display_name=f"Lid {n}",
            organisation=organisation,
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        member_role_grant(user=user)
        people.append(user)
    themes = list(Theme.objects.all())
    rng = random.Random(3)
    words = [
        "taalmodel",
        "privacy",
        "woo",
        "algoritme",
        "chatbot",
        "dpia",
        "inkoop",
        "gemeente",
        "transcriptie",
        "bias",
    ]
    posts = []  # (kind, pk, author_id, question_pk)
    with override_settings(ANSWER_REVIEW_THRESHOLD=0):
        for n in range(questions):
            author = people[n % members]
            title = f"Vraag {n}: " + " ".join(rng.sample(words, 5))
            question = question_create(
                author=author,
                title=title,
                body=" ".join(rng.choices(words, k=40)),
                theme=rng.choice(themes),
                tags=rng.sample(words, 2),
            )
            posts.append(("vraag", question.pk, author.pk, question.pk))
            answerer = people[(n + 1) % members]
            answer = answer_create(
                question=question, author=answerer, body=" ".join(rng.choices(words, k=30))
            )
            posts.append(("antwoord", answer.pk, answerer.pk, question.pk))
    return people, posts, redis


def serve(count: int, redis: str):
    env = {
        **os.environ,
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "REDIS_URL": redis,
        "ANSWER_REVIEW_THRESHOLD": "0",
    }
    servers = []
    from benchmark import wait_until_up

    for n in range(count):
        port = FIRST_PORT + n
        servers.append(
            subprocess.Popen(
                [
                    str(Path(sys.executable).with_name("gunicorn")),
                    "vraagbaak.wsgi:application",
                    "--workers",
                    "2",
                    "--bind",
                    f"{HOST}:{port}",
                    "--log-level",
                    "warning",
                    "--timeout",
                    "60",
                ],
                cwd=ROOT,
                env=env,
                start_new_session=True,
            )
        )
        wait_until_up(f"http://{HOST}:{port}/healthz", 60)
    return servers, [FIRST_PORT + n for n in range(count)]


def read_mix(port: int, seconds: int, connections: int, posts) -> dict:
    from django.contrib.auth.models import AnonymousUser

    from vraagbaak.models import Question
    from vraagbaak.views.questions import QuestionListView

    questions = [
        Question.objects.get(pk=pk).get_absolute_url() for kind, pk, _, _ in posts if kind == "vraag"
    ]
    # The list's pages that exist (20 questions a page), at most ten: a page past the end is
    # a 404, which the mix would count as an error of the portal.
    listed = Question.objects.visible_to(AnonymousUser()).count()
    pages = min(10, max(1, -(-listed // QuestionListView.paginate_by)))
    paths = [f"/vragen/?page={n}" for n in range(1, pages + 1)] + questions[:200]
    paths += ["/zoeken/?q=" + word for word in ("taalmodel", "privacy+woo", "chatbot", "mag+ik+een+dpia")]
    paths += ["/initiatieven/", "/initiatieven/?page=2", "/themas/", "/organisaties/"]
    with tempfile.TemporaryDirectory() as scratch:
        Path(scratch, "paths").write_text("\n".join(paths) + "\n")
        Path(scratch, "mix.lua").write_text(LUA)
        out = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{connections}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                str(Path(scratch, "mix.lua")),
                f"http://{HOST}:{port}",
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "WRK_PATHS": str(Path(scratch, "paths"))},
        ).stdout
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": int(re.search(r"p50_us=(\d+)", out).group(1)) / 1000,
        "p99_ms": int(re.search(r"p99_us=(\d+)", out).group(1)) / 1000,
        "non2xx": int(re.search(r"non2xx=(\d+)", out).group(1)),
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
    }


class Member(threading.Thread):
    """One signed-in member on one keep-alive connection, posting until the time is up."""

    def __init__(self, user, port: int, posts, until: float, seed: int):
        super().__init__(daemon=True)
        self.user, self.port, self.until = user, port, until
        self.targets = [post for post in posts if post[2] != user.pk]
        self.rng = random.Random(seed)
        self.cookies: dict[str, str] = {}
        self.accepted = {"answer": [], "comment": []}
        self.refused = {"answer": [], "comment": []}
        self.votes: list[tuple[str, int, str]] = []  # accepted clicks, in order
        self.latencies: list[float] = []
        self.failures = collections.Counter()

    def request(self, method: str, path: str, data: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            body = urllib.parse.urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        start = time.perf_counter()
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        response_body = response.read()
        self.latencies.append((time.perf_counter() - start) * 1000)
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return response.status, response.getheader("Location", ""), response_body

    def run(self):
        self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        self.request("GET", "/account/login/")
        status, location, _ = self.request(
            "POST", "/account/login/", {"login": self.user.email, "password": PASSWORD}
        )
        if status != 302:
            self.failures["sign-in"] += 1
            return
        n = 0
        while time.monotonic() < self.until:
            n += 1
            kind, pk, _, question_pk = self.rng.choice(self.targets)
            action = self.rng.choice(["answer", "comment", "vote", "vote"])
            marker = f"LT-{self.user.pk}-{n}"
            try:
                if action == "answer":
                    status, location, _ = self.request(
                        "POST",
                        f"/vragen/{question_pk}/antwoorden/",
                        {"body": f"Antwoord {marker} van de test."},
                    )
                    ok = status == 302 and "#antwoord-" in location
                    (self.accepted if ok else self.refused)["answer"].append(marker)
                elif action == "comment":
                    status, location, _ = self.request(
                        "POST",
                        f"/{'vragen' if kind == 'vraag' else 'antwoorden'}/{pk}/reageren/",
                        {"body": f"Reactie {marker}"},
                    )
                    ok = status == 302
                    (self.accepted if ok else self.refused)["comment"].append(marker)
                else:
                    direction = self.rng.choice(["up", "down"])
                    status, location, _ = self.request(
                        "POST",
                        f"/{'vragen' if kind == 'vraag' else 'antwoorden'}/{pk}/stem/",
                        {"value": direction},
                    )
                    ok = status == 302
                    if ok:
                        self.votes.append((kind, pk, direction))
                if not ok:
                    self.failures[f"{action} {status}"] += 1
            except (OSError, http.client.HTTPException) as error:
                self.failures[f"{action} {type(error).__name__}"] += 1
                self.conn.close()
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)


def write_mix(people, posts, ports, seconds: int):
    until = time.monotonic() + seconds
    members = [Member(user, ports[n % len(ports)], posts, until, n) for n, user in enumerate(people)]
    for member in members:
        member.start()
    for member in members:
        member.join(seconds + 60)
    return members


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--members", type=int, default=20)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--servers", type=int, default=2, choices=[1, 2, 3])
    args = parser.parse_args()
    if not 1 <= args.seconds <= 300 or not 1 <= args.connections <= 500:
        raise SystemExit("Bounded: at most 300 seconds and 500 connections.")
    base = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
    if urllib.parse.urlsplit(base).hostname not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit("Loopback only: BENCH_POSTGRES_URL must name this machine.")
    print(f"preparing {DATABASE}: {args.questions} questions, {args.members} members ...", flush=True)
    people, posts, redis = prepare(base, args.questions, args.members)
    servers, ports = serve(args.servers, redis)
    failed = False
    try:
        print(
            f"\n1. readers: {args.connections} connections for {args.seconds} s on port {ports[0]}",
            flush=True,
        )
        reads = read_mix(ports[0], args.seconds, args.connections, posts)
        print(
            f"   {reads['requests']} requests, {reads['rps']:.1f}/s, p50 {reads['p50_ms']:.1f} ms, "
            f"p99 {reads['p99_ms']:.1f} ms, non-2xx {reads['non2xx']}, socket errors {reads['socket_errors']}"
        )
        failed |= bool(reads["non2xx"] or reads["socket_errors"])
        print(f"\n2. writers: {args.members} members for {args.seconds} s over ports {ports}", flush=True)
        members = write_mix(people, posts, ports, args.seconds)
        latencies = sorted(ms for member in members for ms in member.latencies)
        failures = sum((member.failures for member in members), collections.Counter())
        totals = {kind: sum(len(m.accepted[kind]) for m in members) for kind in ("answer", "comment")}
        print(
            f"   accepted: {totals['answer']} answers, {totals['comment']} comments, "
            f"{sum(len(m.votes) for m in members)} votes; {len(latencies)} requests, "
            f"median {statistics.median(latencies):.1f} ms, "
            f"p99 {latencies[int(len(latencies) * 0.99)]:.1f} ms"
        )
        print(f"   refused or failed: {dict(failures) or 0}")
        failed |= bool(failures)
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
    from loadtest_check import check

    problems = check(members)
    print(f"\n3. the database: {len(problems)} lost, doubled or miscounted")
    for problem in problems[:30]:
        print("   " + problem)
    sys.exit(1 if failed or problems else 0)


if __name__ == "__main__":
    main()
