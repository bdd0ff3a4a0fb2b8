"""A malformed import file never gives a traceback or a 500: a file that cannot be read at all
is refused with a clear message (the command exits non-zero, the admin form shows it) and
nothing is written; a row whose values have the wrong type or length, or text a database cannot
store, is skipped and reported with its row number and why, and the other rows import."""

import io
import json
from http import HTTPStatus
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from accounts.models import Organisation
from initiatives.importers import base
from initiatives.management.commands.import_initiatives import Command
from initiatives.models import ImportJob, Initiative

FIXTURE = Path(__file__).parent / "fixtures" / "pstw-sample.csv"
HEADER = "title,summary,lead_organisation,status,source,source_id\n"
GOOD_CSV_ROW = "Goede regel,Een samenvatting,Gemeente Testdam,pilot,pstw,P-1\n"
GOOD_JSON_ROW = {
    "title": "Goede regel", "summary": "Een samenvatting", "status": "pilot",
    "lead_organisation": {"name": "Gemeente Testdam", "type": "gemeente"},
    "themes": [{"slug": "chat"}], "source": "pstw", "source_id": "P-1",
}


def json_file(bad: dict) -> bytes:
    row = {**GOOD_JSON_ROW, "source_id": "P-2", "title": "Slechte regel", **bad}
    return json.dumps([GOOD_JSON_ROW, row]).encode()


def pstw_with_long_id() -> bytes:
    return FIXTURE.read_bytes().replace(b'"PSTW-9003"', b'"' + b"X" * 300 + b'"', 1)


DEEP = b"[" * 100_000 + b"]" * 100_000

# (name, format, content, message): the whole file is refused with `message`.
REFUSED = [
    ("nul-csv", "csv", (HEADER + "Titel\x00,s,Org,pilot,pstw,P-1\n").encode(), "NUL"),
    ("nul-json", "json", b'[{"title": "Ti\x00tel"}]', "NUL"),
    ("nul-pstw", "pstw", FIXTURE.read_bytes().replace(b"Testdam", b"Test\x00dam", 1), "NUL"),
    ("deep-json", "json", DEEP, "nested too deeply"),
    ("deep-in-row", "json", b'[{"title": ' + DEEP + b"}]", "nested too deeply"),
    ("huge-number", "json", b'[{"title": ' + b"9" * 5000 + b"}]", "not valid JSON"),
    ("not-utf8-csv", "csv", (HEADER + "Caf\xe9,s,Org,pilot,pstw,P-1\n").encode("latin-1"),
     "not UTF-8"),
    ("not-utf8-json", "json", '[{"title": "Café"}]'.encode("latin-1"), "not UTF-8"),
    ("utf16-json", "json", '[{"title": "x"}]'.encode("utf-16"), "not UTF-8"),
    ("empty-csv", "csv", b"", "empty"),
    ("empty-json", "json", b"", "empty"),
    ("blank-pstw", "pstw", b"\n \n", "empty"),
    ("missing-header", "csv", b"title,summary,status\nA,b,pilot\n", "Missing column"),
    ("missing-pstw-header", "pstw", b"Name,Description\nx,y\n", "missing column"),
    ("not-json", "json", b"title,summary\n", "not valid JSON"),
    ("json-object", "json", b'{"title": "x"}', "Expected a list of initiatives"),
    ("json-list-of-lists", "json", b"[[1, 2]]", "Expected a list of initiatives"),
    ("json-string", "json", b'"initiatives"', "Expected a list of initiatives"),
    ("json-null", "json", b"null", "Expected a list of initiatives"),
]

# (name, format, content, skipped line, reason): that row is skipped, the good row imports.
ROW_SKIPPED = [
    ("long-source-id-csv", "csv", (HEADER + GOOD_CSV_ROW + f"B,s,Org,pilot,pstw,{'x' * 300}\n").encode(),
     3, "source id is longer than 100 characters"),
    ("long-title-csv", "csv", (HEADER + GOOD_CSV_ROW + f"{'T' * 201},s,Org,pilot,pstw,P-2\n").encode(),
     3, "title is longer than 200 characters"),
    ("long-summary-csv", "csv", (HEADER + GOOD_CSV_ROW + f"B,{'s' * 401},Org,pilot,pstw,P-2\n").encode(),
     3, "summary is longer than 400 characters"),
    ("long-source-id-json", "json", json_file({"source_id": "x" * 300}),
     2, "source id is longer than 100 characters"),
    ("long-title-json", "json", json_file({"title": "T" * 250}), 2, "title is longer than 200"),
    ("title-number", "json", json_file({"title": 42}), 2, "title must be text, not a number"),
    ("title-list", "json", json_file({"title": ["a"]}), 2, "title must be text, not a list"),
    ("title-object", "json", json_file({"title": {"nl": "a"}}), 2, "title must be text, not an object"),
    ("summary-bool", "json", json_file({"summary": True}), 2, "summary must be text, not true or false"),
    ("source-id-number", "json", json_file({"source_id": 7}), 2, "source_id must be text, not a number"),
    ("source-object", "json", json_file({"source": {"a": 1}}), 2, "source must be text, not an object"),
    ("status-list", "json", json_file({"status": ["pilot"]}), 2, "status must be text, not a list"),
    ("website-number", "json", json_file({"website": 1}), 2, "website must be text, not a number"),
    ("organisation-list", "json", json_file({"lead_organisation": ["Org"]}),
     2, "lead_organisation must be a name or an object with a name, not a list"),
    ("organisation-name-number", "json", json_file({"lead_organisation": {"name": 5}}),
     2, "lead_organisation must be a name or an object with a name"),
    ("themes-number", "json", json_file({"themes": 3}),
     2, "themes must be a list of theme slugs, not a number"),
    ("themes-object", "json", json_file({"themes": {"slug": "chat"}}),
     2, "themes must be a list of theme slugs, not an object"),
    ("themes-nested", "json", json_file({"themes": [["chat"]]}),
     2, "themes must be a list of theme slugs"),
    ("nul-escape-json", "json", json_file({"summary": "a\u0000b"}),
     2, "summary contains a NUL character"),
    ("nul-in-organisation", "json", json_file({"lead_organisation": "Org\u0000"}),
     2, "contains a NUL character"),
    ("lone-surrogate", "json", json_file({"title": "B\ud800"}),
     2, "title contains a character that is not valid text"),
    ("null-title", "json", json_file({"title": None}), 2, "no title"),
    ("long-pstw-id", "pstw", pstw_with_long_id(), 4, "source id is longer than 100 characters"),
]


def run(path, fmt):
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_initiatives", str(path), format=fmt, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def admin_upload(client, staff_curator):
    client.force_login(staff_curator)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    def upload(name, fmt, content):
        return client.post(reverse("admin:initiatives_import"), {
            "file": SimpleUploadedFile(f"{name}.{'json' if fmt == 'json' else 'csv'}", content),
            "format": fmt, "country": "",
        })

    return upload


@pytest.mark.django_db
@pytest.mark.parametrize("name, fmt, content, message", REFUSED, ids=[case[0] for case in REFUSED])
def test_unreadable_file_is_refused_by_the_command(tmp_path, name, fmt, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(path, fmt)
    assert not Initiative.objects.exists() and not Organisation.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name, fmt, content, message", REFUSED, ids=[case[0] for case in REFUSED])
def test_unreadable_file_is_refused_in_the_admin_form(admin_upload, name, fmt, content, message):
    response = admin_upload(name, fmt, content)
    assert response.status_code == HTTPStatus.OK
    assert message in " ".join(response.context["form"].errors["file"])
    assert message in response.content.decode()
    assert "preview" not in response.context
    assert not Initiative.objects.exists() and not ImportJob.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name, fmt, content, line, reason", ROW_SKIPPED,
                         ids=[case[0] for case in ROW_SKIPPED])
def test_bad_row_is_skipped_and_reported_by_the_command(tmp_path, name, fmt, content, line, reason):
    path = tmp_path / name
    path.write_bytes(content)
    output = run(path, fmt)
    assert f"skipped line {line} " in output
    skipped = next(text for text in output.splitlines() if text.startswith(f"skipped line {line} "))
    assert reason in skipped
    assert Initiative.objects.count() == (3 if fmt == "pstw" else 1)  # of 4 AI rows of the PSTW file
    assert fmt == "pstw" or Initiative.objects.filter(source_id="P-1").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name, fmt, content, line, reason", ROW_SKIPPED,
                         ids=[case[0] for case in ROW_SKIPPED])
def test_bad_row_is_skipped_and_reported_in_the_admin_preview(admin_upload, name, fmt, content,
                                                             line, reason):
    response = admin_upload(name, fmt, content)
    assert response.status_code == HTTPStatus.OK
    preview = response.context["preview"]
    assert any(row == line and reason in why for row, _id, why in preview.skipped)
    assert reason in response.content.decode()
    assert not Initiative.objects.exists()  # a preview saves nothing


@pytest.mark.django_db
def test_too_large_file_is_refused(tmp_path, admin_upload, monkeypatch):
    monkeypatch.setattr(base, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_bytes((HEADER + GOOD_CSV_ROW * 40).encode())
    with pytest.raises(CommandError, match="larger than"):
        run(path, "csv")
    response = admin_upload("big", "csv", path.read_bytes())
    assert response.status_code == HTTPStatus.OK
    assert "larger than" in " ".join(response.context["form"].errors["file"])
    assert not Initiative.objects.exists() and not ImportJob.objects.exists()


@pytest.mark.django_db
def test_refused_file_exits_non_zero_with_the_message_and_no_traceback(tmp_path, capsys):
    path = tmp_path / "deep.json"
    path.write_bytes(DEEP)
    with translation.override("en"), pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(["manage.py", "import_initiatives", str(path), "--format", "json"])
    assert exit_info.value.code == 1
    error = capsys.readouterr().err
    assert "nested too deeply" in error and "Traceback" not in error


@pytest.mark.django_db
def test_too_long_country_is_a_form_error(admin_upload, client):
    response = client.post(reverse("admin:initiatives_import"), {
        "file": SimpleUploadedFile("x.csv", FIXTURE.read_bytes()),
        "format": "pstw", "country": "N" * 300,
    })
    assert response.status_code == HTTPStatus.OK
    assert "country" in response.context["form"].errors
