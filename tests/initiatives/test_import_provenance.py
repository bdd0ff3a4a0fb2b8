"""Imports respect curators: per field the registry knows whether the source or a person gave
the value; a re-import updates only what nobody changed, reports a conflict where both changed
a field, and a curator takes a side. The source's link and date are kept; "last confirmed" is
left to people; every AI case gets a suggested theme and no blockchain case comes in by default."""

import io
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from initiatives.importers.base import apply_records
from initiatives.importers.reading import read_file
from initiatives.models import CurationAction, CurationStep, Initiative, Theme
from initiatives.provenance import FROM_PERSON, FROM_SOURCE, ImportConflict, origin
from initiatives.services.curation import initiative_publish, initiative_update
from initiatives.services.provenance import (
    ConflictAlreadyResolved,
    import_conflict_resolve,
    initiative_confirm_themes,
)
from initiatives.techwatch import DUTCH_CASES
from tests.factories import make_role

FIXTURE = Path(__file__).parent / "fixtures" / "pstw-sample.csv"


def run(path, **options):
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_initiatives", str(path), format="pstw", stdout=out,
                     stderr=io.StringIO(), **options)
    return out.getvalue()


def fixture_with(tmp_path, old: str, new: str) -> Path:
    """The sample file with the source's text changed, as a newer export would be."""
    text = FIXTURE.read_text(encoding="utf-8-sig")
    assert old in text
    path = tmp_path / "newer.csv"
    path.write_text(text.replace(old, new), encoding="utf-8-sig")
    return path


@pytest.fixture
def curator(db):
    return make_role("curator")


@pytest.fixture
def imported(db, curator):
    run(FIXTURE, country="Netherlands")
    return Initiative.objects.get(source_id="PSTW-9001")


def curator_edits(initiative, curator, **values):
    data = {**{name: getattr(initiative, name) for name in ("title", "summary")}, **values}
    return initiative_update(initiative=initiative, edited_by=curator, data=data)


def test_imported_fields_come_from_the_source(imported):
    assert origin(imported, "title") == FROM_SOURCE
    assert origin(imported, "contact_name") is None  # no source ever gives it


def test_reimport_after_a_curators_correction_keeps_it(imported, curator, tmp_path):
    curator_edits(imported, curator, title="Chatbot van Testdam", summary="Een chatbot.")
    imported.refresh_from_db()
    assert origin(imported, "title") == FROM_PERSON
    # A newer export changes the website (nobody touched it here) and the title.
    newer = fixture_with(tmp_path, '"https://testdam.example/chatbot"', '"https://testdam.example/bot"')
    newer.write_text(newer.read_text(encoding="utf-8-sig").replace(
        '"Testdam citizen chatbot",', '"Testdam citizens chatbot",', 1), encoding="utf-8-sig")

    output = run(newer, country="Netherlands")

    imported.refresh_from_db()
    assert imported.title == "Chatbot van Testdam" and imported.summary == "Een chatbot."
    assert imported.website == "https://testdam.example/bot"
    assert "conflicts 1" in output and "conflict PSTW-9001 title" in output
    conflict = ImportConflict.objects.open().get()
    assert (conflict.field, conflict.source_value, conflict.person_value) == (
        "title", "Testdam citizens chatbot", "Chatbot van Testdam",
    )
    # The summary was changed here but not at the source: no conflict for it.
    assert not ImportConflict.objects.filter(field="summary").exists()
    # The same file again: nothing new, and no second conflict.
    assert "unchanged 3" in run(newer, country="Netherlands")
    assert ImportConflict.objects.count() == 1


def test_curator_takes_the_sources_side(imported, curator, tmp_path):
    curator_edits(imported, curator, title="Chatbot van Testdam")
    run(fixture_with(tmp_path, '"Testdam citizen chatbot",', '"Testdam chatbot",'), country="Netherlands")
    conflict = ImportConflict.objects.get()

    import_conflict_resolve(conflict=conflict, side=FROM_SOURCE, curator=curator)

    imported.refresh_from_db()
    assert imported.title == "Testdam chatbot" and origin(imported, "title") == FROM_SOURCE
    assert not ImportConflict.objects.open().exists()
    assert CurationAction.objects.filter(
        initiative=imported, step=CurationStep.RESOLVE_CONFLICT, actor=curator
    ).exists()
    with pytest.raises(ConflictAlreadyResolved):
        import_conflict_resolve(conflict=conflict, side=FROM_PERSON, curator=curator)


def test_curator_keeps_the_persons_side(imported, curator, tmp_path):
    curator_edits(imported, curator, title="Chatbot van Testdam")
    run(fixture_with(tmp_path, '"Testdam citizen chatbot",', '"Testdam chatbot",'), country="Netherlands")
    import_conflict_resolve(conflict=ImportConflict.objects.get(), side=FROM_PERSON, curator=curator)
    imported.refresh_from_db()
    assert imported.title == "Chatbot van Testdam" and origin(imported, "title") == FROM_PERSON


def test_source_link_and_date_are_kept_and_last_confirmed_is_left_to_people(db, curator):
    run(FIXTURE, country="Netherlands", publish=True)
    chatbot = Initiative.objects.get(source_id="PSTW-9001")
    assert chatbot.source_url == "https://testdam.example/chatbot-case"
    assert chatbot.source_updated_on == date(2025, 3, 13)
    assert chatbot.is_published and chatbot.confirmed_at is None
    # A curator publishing an imported case does not confirm it either.
    run(FIXTURE, country="Netherlands", technology=["Blockchain"])
    space = Initiative.objects.get(source_id="PSTW-9006")
    initiative_publish(initiative=space, curator=curator)
    space.refresh_from_db()
    assert space.confirmed_at is None


def test_imported_case_shows_the_sources_date_instead_of_confirmed(client, db):
    run(FIXTURE, country="Netherlands", publish=True)
    chatbot = Initiative.objects.get(source_id="PSTW-9001")
    with translation.override("en"):
        page = client.get(chatbot.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'id="source-updated"' in page and "2025-03-13" in page
    assert 'href="https://testdam.example/chatbot-case"' in page
    assert 'id="themes-suggested"' in page


def test_suggested_themes_follow_the_source_until_a_curator_confirms(imported, curator):
    assert imported.themes_suggested and imported.themes.exists()
    initiative_confirm_themes(initiative=imported, curator=curator)
    other = Theme.objects.exclude(pk__in=imported.themes.all()).first()
    imported.themes.set([other])
    records, _ = read_file(str(FIXTURE), "pstw", country="Netherlands")
    apply_records(records)
    assert list(imported.themes.all()) == [other]


def test_curators_theme_choice_ends_the_suggestion(imported, curator):
    other = Theme.objects.exclude(pk__in=imported.themes.all()).first()
    initiative_update(initiative=imported, edited_by=curator,
                      data={"title": imported.title}, themes=[other])
    imported.refresh_from_db()
    assert not imported.themes_suggested


def test_tech_watch_import_gives_every_case_a_theme_and_only_ai(db):
    output = run(DUTCH_CASES)
    cases = Initiative.objects.filter(source="pstw")
    assert cases.count() == 169 and "skipped 0" in output
    assert cases.filter(themes__isnull=True).count() == 0
    assert cases.filter(themes_suggested=False).count() == 0
    assert "37 row(s) of other countries or technologies left out" in output
    assert not cases.filter(description__icontains="blockchain").exclude(
        description__icontains="artificial intelligence").exclude(
        description__icontains=" AI").exists()


@pytest.mark.needs_shared_data
def test_full_tech_watch_file_leaves_no_case_without_a_theme(db, shared_pstw_file):
    records, filtered_out = read_file(str(shared_pstw_file), "pstw")
    assert len(records) == 1605 and filtered_out == 402  # 1596 + 9 spelled "intelligence"
    assert [r.source_id for r in records if not r.themes and not r.skip_reason] == []
