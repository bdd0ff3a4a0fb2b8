"""The side-by-side run with a peer (../shared/bench/, see its README), for scripts/benchmark.py.

    .venv/bin/python scripts/benchmark.py --side-by-side [--peer-dir /tmp/peer] [--rounds 3]

Loads the kit's first 2,000 questions with their answers into the database `vraagbaak_peer`
through the portal's own services (as members would post them), writes the portal's paths
file with the same kinds of page and the same search words as the peer's, starts both sites
under gunicorn with 2 workers on loopback, and runs the kit's compare.py (wrk, alternating
rounds). The peer must have been built with the kit's peer-askbot.sh.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KIT = ROOT.parent / "shared" / "bench"
PEER_PORT, PORTAL_PORT = 8111, 8110


def load_content(questions: int) -> None:
    """The kit's content through the services; skipped when the database already has it."""
    from django.core.management import call_command
    from django.db import transaction
    from django.test import override_settings

    from accounts.models import Organisation, User
    from accounts.services import member_role_grant
    from initiatives.models import Theme
    from vraagbaak.models import Question
    from vraagbaak.services.answers import answer_accept, answer_create
    from vraagbaak.services.questions import question_create

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if Question.objects.count() >= questions:
        print(f"database has {Question.objects.count()} questions")
        return
    lines = subprocess.run([sys.executable, str(KIT / "benchdata.py"), "--questions", "10000"],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    fallback = next(iter(themes.values()))
    users, posted = {}, {}
    start = time.monotonic()
    with override_settings(ANSWER_REVIEW_THRESHOLD=0):
        for line in lines:
            item = json.loads(line)
            if item["kind"] == "user":
                organisation, _ = Organisation.objects.get_or_create(
                    slug=item["email"].split("@")[1].split(".")[0],
                    defaults={"name": item["email"].split("@")[1]})
                user = User.objects.create_user(email=item["email"], password=None,
                                                display_name=item["username"], organisation=organisation)
                member_role_grant(user=user)
                users[item["id"]] = user
            elif item["kind"] == "question":
                if item["id"] >= questions:
                    break
                with transaction.atomic():
                    posted[item["id"]] = question_create(
                        author=users[item["author"]], title=item["title"][:150], body=item["body"],
                        theme=themes.get(item["theme"], fallback), tags=item["tags"])
            elif item["kind"] == "answer" and item["question"] in posted:
                question = posted[item["question"]]
                with transaction.atomic():
                    answer = answer_create(question=question, author=users[item["author"]], body=item["body"])
                    if item["accepted"]:
                        answer_accept(answer=answer, accepted_by=question.author)
    print(f"loaded {len(posted)} questions through the services in {time.monotonic() - start:.0f} s")


def compose_vectors(words: int = 300) -> None:
    """Vectors for the loaded questions and answers, as the 100,000 benchmark composes them
    (bench_semantic.build_vectors), from the kit's own most frequent title words: the model
    embeds under one item per second here, and the 9,000 items would take hours. Search then
    scans real vectors on this side too; kept between runs."""
    import re
    from collections import Counter

    import bench_semantic

    from semantic.services import enabled
    from vraagbaak.models import Question

    if not enabled():
        return
    counts = Counter(word for title in Question.objects.values_list("title", flat=True)
                     for word in re.findall(r"\w{4,}", title.lower()))
    bench_semantic.build_vectors([word for word, _ in counts.most_common(words)])


def write_paths(path: Path) -> Path:
    """The portal's pages of the same kinds as the peer's: list pages, question pages, searches."""
    from vraagbaak.models import Question

    lines = (KIT / "askbot-paths.txt").read_text().splitlines()
    peer = [line.split(None, 1) for line in lines if line.strip()]
    lists = sum(1 for kind, _ in peer if kind == "list")
    details = sum(1 for kind, _ in peer if kind == "detail")
    words = [p.split("query:")[1].split("/")[0] for kind, p in peer if kind == "search"]
    pks = list(Question.objects.order_by("pk").values_list("pk", flat=True))
    step = max(1, len(pks) // details)
    lines = [f"list /vragen/?page={n}" for n in range(1, lists + 1)]
    lines += [f"detail {q.get_absolute_url()}" for q in Question.objects.filter(pk__in=pks[::step][:details])]
    lines += [f"search /zoeken/?q={word}" for word in words]
    path.write_text("\n".join(lines) + "\n")
    return path


def start(command, *, cwd, env, port):
    process = subprocess.Popen(command, cwd=cwd, env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    from benchmark import wait_until_up

    wait_until_up(f"http://127.0.0.1:{port}" + ("/" if port == PEER_PORT else "/healthz"), 120)
    return process


def _first_passes(sites: dict) -> None:
    """Both sites get each of their addresses once, one at a time, before wrk: so both are
    measured as they serve pages they have seen (Askbot keeps its own caches too), and the
    first pass prints what a page costs before any cache holds it."""
    from benchmark import first_pass

    print("\nfirst pass (each address once, one request at a time, before the rounds):")
    for site, (port, paths_file) in sites.items():
        kinds: dict[str, list[str]] = {}
        for line in Path(paths_file).read_text().splitlines():
            if line.strip():
                kind, path = line.split(None, 1)
                kinds.setdefault(kind, []).append(path)
        for kind, paths in kinds.items():
            print(f"  {site:<11} {kind:<7} {first_pass(f'http://127.0.0.1:{port}', paths)}", flush=True)


def run(peer_dir: Path, *, seconds: int, rounds: int, connections: int, gunicorn_env: dict) -> None:
    import signal

    paths = write_paths(Path("/tmp") / f"portal-paths-{os.getpid()}.txt")  # noqa: S108 (scratch file)
    peer_env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL"}}
    processes = [
        start([str(peer_dir / "askbot-venv/bin/gunicorn"), "askbotsite.wsgi", "-w", "2", "-b",
               f"127.0.0.1:{PEER_PORT}"], cwd=peer_dir / "abpg", env=peer_env, port=PEER_PORT),
        start([str(Path(sys.executable).with_name("gunicorn")), "vraagbaak.wsgi:application",
               "--workers", "2", "--bind", f"127.0.0.1:{PORTAL_PORT}", "--log-level", "warning"],
              cwd=ROOT, env=gunicorn_env, port=PORTAL_PORT),
    ]
    try:
        _first_passes({"A (portal)": (PORTAL_PORT, paths),
                       "B (Askbot)": (PEER_PORT, KIT / "askbot-paths.txt")})
        print(f"\nside by side, A = this portal, B = Askbot 0.13 ({connections} connections, "
              f"{seconds} s, {rounds} alternating rounds):", flush=True)
        subprocess.run([sys.executable, str(KIT / "compare.py"), "--a", f"http://127.0.0.1:{PORTAL_PORT}",
                        "--a-paths", str(paths), "--b", f"http://127.0.0.1:{PEER_PORT}",
                        "--b-paths", str(KIT / "askbot-paths.txt"), "--seconds", str(seconds),
                        "--connections", str(connections), "--rounds", str(rounds)], check=True)
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        paths.unlink()
