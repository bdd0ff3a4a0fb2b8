"""A real outage: the portal under gunicorn loses its own PostgreSQL cluster while it serves,
answers 503 with Retry-After meanwhile, recovers without a restart, and leaves nothing half-written.

The cluster is private to this module (initdb in a temporary folder, on a free port), so
stopping it disturbs no other test or engineer. Root may not run PostgreSQL: as root (CI)
the cluster runs as the `postgres` user. A cluster that cannot be made fails the test.
"""

import contextlib
import glob
import http.client
import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DBNAME = "vraagbaak_outage"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    pytest.fail("initdb not found (apt-get install postgresql): this test needs a cluster of its own",
                pytrace=False)


class Cluster:
    """A PostgreSQL cluster in `folder` on `port`, run as `postgres` when we are root."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.bin = postgres_bin()
        self.as_user = []
        if os.getuid() == 0:
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                pytest.fail("Running as root without a `postgres` user: PostgreSQL refuses to run as "
                            "root, and this test needs a cluster of its own.", pytrace=False)
            os.chown(folder, account.pw_uid, account.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/{DBNAME}"

    def run(self, program: str, *args: str) -> None:
        result = subprocess.run([*self.as_user, str(self.bin / program), *args],  # noqa: S603
                                capture_output=True, text=True, timeout=60, check=False)
        if result.returncode:
            log = self.folder / "postgres.log"
            pytest.fail(f"{program} {' '.join(args)} failed:\n{result.stdout}{result.stderr}\n"
                        f"{log.read_text() if log.exists() else ''}", pytrace=False)

    def init(self) -> None:
        self.run("initdb", "-D", str(self.folder / "data"), "-U", "postgres", "-A", "trust",
                 "--no-sync", "--no-locale", "-E", "UTF8")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-o", options,
                 "-l", str(self.folder / "postgres.log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", mode, "-w", "stop")

    def sql(self, query: str, params: tuple = (), dbname: str = DBNAME) -> list:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=dbname,
                             autocommit=True) as conn:
            cursor = conn.execute(query, params)
            return cursor.fetchall() if cursor.description else []

    @contextlib.contextmanager
    def down(self, mode: str = "fast"):
        """Stopped inside the block, started again after it, whatever the block does."""
        self.stop(mode)
        try:
            yield
        finally:
            self.start()


class Server:
    """gunicorn with production settings against the private cluster."""

    def __init__(self, cluster: Cluster, folder: Path):
        self.port = free_port()
        self.log = folder / "gunicorn.log"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.vraagbaak.outage_server_settings",
            "DATABASE_URL": cluster.url,
            "SECRET_KEY": "outage-test-" + secrets.token_hex(24),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DEBUG": "false",
            "EMAIL_BACKEND": "console",
            "LOG_LEVEL": "WARNING",
        }
        self.process = None

    def manage(self, *args: str) -> str:
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=self.env,  # noqa: S603
                                capture_output=True, text=True, timeout=120, check=False)
        if result.returncode:
            pytest.fail(f"manage.py {args[0]} failed:\n{result.stdout}{result.stderr}", pytrace=False)
        return result.stdout

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603 (our own gunicorn)
            [str(BIN / "gunicorn"), "vraagbaak.wsgi", "--bind", f"127.0.0.1:{self.port}",
             "--workers", "1", "--timeout", "30", "--graceful-timeout", "2"],
            cwd=ROOT, env=self.env, stdout=self.log.open("w"), stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                self.request("GET", "/healthz")
                return
            time.sleep(0.2)
        pytest.fail(f"gunicorn did not start:\n{self.log.read_text()}", pytrace=False)

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)

    def request(self, method: str, path: str, *, cookies: dict | None = None, form: dict | None = None):
        from urllib.parse import urlencode

        headers = {"Host": "127.0.0.1"}
        if cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.text = response.read().decode()
            return response
        finally:
            conn.close()


SEED = """
import json
from allauth.account.models import EmailAddress
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from accounts.models import User
from accounts.services import member_role_grant
from initiatives.models import Theme
user = User.objects.create_user(email="lid@rijksoverheid.nl", display_name="Lid")
member_role_grant(user=user)
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(json.dumps({"session": session.session_key, "theme": Theme.objects.order_by("pk").first().pk}))
"""


@pytest.fixture(scope="module")
def portal():
    folder = Path(tempfile.mkdtemp(prefix="vraagbaak-outage-"))
    cluster = Cluster(folder)
    server = Server(cluster, folder)
    try:
        cluster.init()
        cluster.start()
        cluster.sql(f"CREATE DATABASE {DBNAME}", dbname="postgres")  # a constant name
        server.manage("migrate", "--no-input", "-v", "0")
        server.manage("createcachetable")
        seeded = json.loads(server.manage("shell", "-c", SEED).strip().splitlines()[-1])
        server.start()
        server.cluster = cluster
        server.member = {"sessionid": seeded["session"], "csrftoken": secrets.token_hex(16)}
        server.theme = seeded["theme"]
        yield server
    finally:
        server.stop()
        with contextlib.suppress(BaseException):
            cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


def ask(portal, title: str):
    token = portal.member["csrftoken"]
    form = {"title": title, "body": "Wij willen weten hoe dit zit.", "theme": portal.theme,
            "tags": "woo", "action": "post", "similar_checked": title, "csrfmiddlewaretoken": token}
    return portal.request("POST", "/vragen/stellen/", cookies=portal.member, form=form)


def rows(portal, title: str) -> dict:
    """What a question with `title` left behind: its row, its revisions."""
    count = "SELECT count(*) FROM {} WHERE title = %s"
    return {
        "questions": portal.cluster.sql(count.format("vraagbaak_question"), (title,))[0][0],
        "revisions": portal.cluster.sql(count.format("vraagbaak_revision"), (title,))[0][0],
    }


def assert_unavailable(response):
    assert response.status == 503, response.text[:500]
    assert int(response.getheader("Retry-After")) > 0
    assert '<html lang="nl"' in response.text and "portal-header" in response.text


def test_outage_answers_503_and_recovers_without_restart(portal):
    assert portal.request("GET", "/").status == 200
    with portal.cluster.down():
        assert_unavailable(portal.request("GET", "/"))
        assert_unavailable(portal.request("GET", "/vragen/", cookies=portal.member))
        for cookies in (None, portal.member):
            health = portal.request("GET", "/healthz", cookies=cookies)
            assert health.status == 503
            assert json.loads(health.text)["database"] == "unavailable"
    # The very next requests, same gunicorn process.
    assert portal.request("GET", "/").status == 200
    assert portal.request("GET", "/vragen/", cookies=portal.member).status == 200
    assert json.loads(portal.request("GET", "/healthz", cookies=portal.member).text)["status"] == "ok"


def test_question_posted_during_outage_leaves_no_row(portal):
    title = "Mag een taalmodel notulen maken tijdens een storing?"
    with portal.cluster.down():
        assert_unavailable(ask(portal, title))
    assert rows(portal, title) == {"questions": 0, "revisions": 0}
    # The same request succeeds once the database is back: it was refused, not malformed.
    assert ask(portal, title).status == 302
    assert rows(portal, title) == {"questions": 1, "revisions": 1}


def test_outage_in_the_middle_of_a_post_leaves_nothing_half_written(portal):
    """The database goes away after the question's row is inserted, before the revision is."""
    title = "Wat gebeurt er als de database halverwege wegvalt?"
    portal.cluster.sql("""
        CREATE OR REPLACE FUNCTION outage_test_pause() RETURNS trigger AS $$
        BEGIN PERFORM pg_sleep(10); RETURN NEW; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER outage_test_pause BEFORE INSERT ON vraagbaak_revision
        FOR EACH ROW EXECUTE FUNCTION outage_test_pause();
    """)
    answers = []
    posting = threading.Thread(target=lambda: answers.append(ask(portal, title)))
    try:
        posting.start()
        deadline = time.monotonic() + 20
        while not portal.cluster.sql("SELECT 1 FROM pg_stat_activity WHERE wait_event = 'PgSleep'"):
            assert time.monotonic() < deadline, "the POST never reached the revision insert"
            time.sleep(0.05)
        with portal.cluster.down():
            posting.join(timeout=30)
    finally:
        portal.cluster.sql("DROP TRIGGER IF EXISTS outage_test_pause ON vraagbaak_revision")
    assert answers, "the POST got no answer"
    assert_unavailable(answers[0])
    assert rows(portal, title) == {"questions": 0, "revisions": 0}
    assert portal.request("GET", "/").status == 200
