"""An import runs as a job on the task worker, never inside a web request that a timeout can cut
off: the admin's confirm step enqueues it and shows its page (state, rows done of total, the
report); large files are previewed on the worker too; a preview is confirmed once; a failure
saves nothing and says so; the command can enqueue instead of running in-process."""

import io
from http import HTTPStatus
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from initiatives.importers import jobs
from initiatives.importers.jobs import run_initiative_import
from initiatives.models import ImportJob, Initiative

FIXTURE = Path(__file__).parent / "fixtures" / "pstw-sample.csv"


@pytest.fixture
def admin(client, staff_curator):
    client.force_login(staff_curator)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def upload(client, **extra):
    return client.post(reverse("admin:initiatives_import"), {
        "file": SimpleUploadedFile("pstw.csv", FIXTURE.read_bytes()),
        "format": "pstw", "country": "Netherlands", **extra,
    })


def confirm(client, response):
    return client.post(reverse("admin:initiatives_import"), response.context["confirm"].initial)


@pytest.mark.django_db
def test_confirmed_import_runs_as_a_job_and_its_page_shows_the_counts(admin, staff_curator):
    response = confirm(admin, upload(admin))
    job = ImportJob.objects.get(dry_run=False)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("admin:initiatives_import_job", args=[job.pk])
    assert job.state == ImportJob.State.DONE and job.created_by == staff_curator
    assert (job.rows_done, job.rows_total) == (5, 5)
    assert Initiative.objects.filter(source="pstw").count() == 3
    page = admin.get(response["Location"])
    assert page.status_code == HTTPStatus.OK
    text = page.content.decode()
    assert "Done" in text and "5 of 5 rows" in text
    assert page.context["result"].summary() == "created 3, updated 0, unchanged 0, skipped 2, conflicts 0"
    assert "PSTW-9004" in text and "no name" in text  # the skipped rows, with why


@pytest.mark.django_db
def test_import_jobs_are_idempotent(admin):
    confirm(admin, upload(admin))
    confirm(admin, upload(admin))
    second = ImportJob.objects.filter(dry_run=False).order_by("-pk").first()
    assert second.state == ImportJob.State.DONE
    assert second.result().summary() == "created 0, updated 0, unchanged 3, skipped 2, conflicts 0"
    assert Initiative.objects.count() == 3


@pytest.mark.django_db
def test_a_preview_is_confirmed_once(admin):
    preview = upload(admin)
    confirm(admin, preview)
    again = confirm(admin, preview)
    assert again.status_code == HTTPStatus.FOUND
    assert ImportJob.objects.filter(dry_run=False).count() == 1
    messages = [str(message) for message in again.wsgi_request._messages]
    assert any("already" in message for message in messages)


@pytest.mark.django_db
def test_large_file_is_previewed_on_the_worker(admin, monkeypatch):
    monkeypatch.setattr(jobs, "PREVIEW_IN_REQUEST_ROWS", 2)
    response = upload(admin)
    preview = ImportJob.objects.get()
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("admin:initiatives_import_job", args=[preview.pk])
    assert preview.dry_run and preview.state == ImportJob.State.DONE
    assert not Initiative.objects.exists()
    page = admin.get(response["Location"])
    assert "Preview (nothing saved yet)" in page.content.decode()
    confirmed = confirm(admin, page)
    assert confirmed.status_code == HTTPStatus.FOUND
    assert Initiative.objects.filter(source="pstw").count() == 3


@pytest.mark.django_db
def test_queued_job_page_shows_its_progress(admin, staff_curator):
    job = ImportJob.objects.create(
        file_name="big.csv", format="pstw", content="x", rows_done=120, rows_total=5000,
        state=ImportJob.State.RUNNING, created_by=staff_curator,
    )
    page = admin.get(reverse("admin:initiatives_import_job", args=[job.pk]))
    text = page.content.decode()
    assert page.status_code == HTTPStatus.OK
    assert "Running" in text and "120 of 5000 rows" in text
    assert '<progress value="120" max="5000"' in text


@pytest.mark.django_db
def test_failed_job_saves_nothing_and_says_so(admin, monkeypatch):
    from initiatives.importers import base

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    preview = upload(admin)
    monkeypatch.setattr(base, "_apply", explode)
    response = confirm(admin, preview)
    job = ImportJob.objects.get(dry_run=False)
    assert job.state == ImportJob.State.FAILED and job.error
    assert not Initiative.objects.exists()
    page = admin.get(response["Location"])
    assert "Failed" in page.content.decode() and "nothing was saved" in page.content.decode()


@pytest.mark.django_db
def test_a_job_runs_once(staff_curator):
    job = jobs.import_job_create(
        content=FIXTURE.read_text(encoding="utf-8-sig"), file_name="pstw.csv", fmt="pstw",
        country="Netherlands", created_by=staff_curator,
    )
    run_initiative_import.enqueue(job_id=job.pk)
    run_initiative_import.enqueue(job_id=job.pk)
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE
    assert job.result().summary() == "created 3, updated 0, unchanged 0, skipped 2, conflicts 0"
    assert Initiative.objects.count() == 3


@pytest.mark.django_db
def test_only_importers_see_an_import_job(client, member, expert, staff_curator):
    job = ImportJob.objects.create(file_name="x.csv", format="csv", content="x", created_by=staff_curator)
    url = reverse("admin:initiatives_import_job", args=[job.pk])
    client.force_login(member)
    assert client.get(url).status_code == HTTPStatus.FOUND  # to the admin login
    expert.is_staff = True  # staff, with two factors, but no curator
    expert.save()
    client.force_login(expert)
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    assert client.get(reverse("admin:initiatives_importjob_changelist")).status_code == (
        HTTPStatus.FORBIDDEN
    )


@pytest.mark.django_db
def test_command_in_the_background_enqueues_a_job(tmp_path):
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_initiatives", str(FIXTURE), format="pstw", country="Netherlands",
                     background=True, stdout=out, stderr=io.StringIO())
    job = ImportJob.objects.get()
    assert not job.dry_run and job.state == ImportJob.State.DONE
    assert f"job {job.pk}" in out.getvalue()
    assert "created 3, updated 0, unchanged 0, skipped 2, conflicts 0" in out.getvalue()
    assert Initiative.objects.count() == 3


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_progress_is_visible_outside_the_import_transaction(staff_curator):
    job = ImportJob.objects.create(file_name="x.csv", format="csv", content="x", rows_total=100,
                                   state=ImportJob.State.RUNNING)
    progress = jobs.LiveProgress(job)
    try:
        with transaction.atomic():
            progress(50, 100)
            progress(51, 100)  # written every 25 rows
            # The count is committed on its own, whatever becomes of the import's transaction.
            transaction.set_rollback(True)
        assert ImportJob.objects.get(pk=job.pk).rows_done == 50
    finally:
        progress.close()


@pytest.mark.django_db
def test_list_of_imports_opens_each_on_its_page(admin, staff_curator):
    confirm(admin, upload(admin))
    job = ImportJob.objects.get(dry_run=False)
    response = admin.get(reverse("admin:initiatives_importjob_changelist"))
    assert response.status_code == HTTPStatus.OK and "pstw.csv" in response.content.decode()
    response = admin.get(reverse("admin:initiatives_importjob_change", args=[job.pk]))
    assert response["Location"] == reverse("admin:initiatives_import_job", args=[job.pk])
    assert admin.get(reverse("admin:initiatives_importjob_change", args=["nope"])).status_code == (
        HTTPStatus.NOT_FOUND
    )


@pytest.mark.django_db
def test_job_with_technologies_takes_them_in(staff_curator):
    job = jobs.import_job_create(
        content=FIXTURE.read_text(encoding="utf-8-sig"), file_name="pstw.csv", fmt="pstw",
        country="Netherlands", technology="Blockchain", created_by=staff_curator,
    )
    jobs.import_job_run(job_id=job.pk)
    assert Initiative.objects.filter(source_id="PSTW-9006").exists()
