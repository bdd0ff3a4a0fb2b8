"""Open data in: PSTW fields map onto ours, organisation spellings match one organisation,
a re-run updates instead of duplicating, skipped rows are reported with their reason, a broken
file changes nothing, and the real Tech Watch cases import: the 206 Dutch ones the project
ships, and the same 206 out of the full file of every country where ../shared/ has it."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from accounts.models import Organisation, OrganisationAlias, OrganisationType
from initiatives.importers.base import apply_records
from initiatives.importers.organisations import OrganisationMatcher
from initiatives.importers.reading import read_file
from initiatives.models import Initiative
from initiatives.techwatch import DUTCH_CASES
from initiatives.vocabularies import PublicationState, Status, Technique
from tests.factories import OrganisationFactory, ThemeFactory

FIXTURE = Path(__file__).parent / "fixtures" / "pstw-sample.csv"
AMSTERDAM_AI_CASES = 21


def run(*args, **kwargs):
    out = io.StringIO()
    # The reasons are translated; these tests read the English source text.
    with translation.override("en"):
        call_command("import_initiatives", *args, stdout=out, stderr=io.StringIO(), **kwargs)
    return out.getvalue()


@pytest.fixture
def seeded_themes(db):
    # The importer derives themes by slug; the migration seeds them, factories make sure.
    for slug in ("zoeken-kennisbanken-en-chatbots", "beeld-en-documentherkenning",
                 "voorspellen-en-plannen"):
        ThemeFactory(slug=slug, name=slug)


@pytest.mark.django_db
def test_pstw_fields_map_onto_ours(seeded_themes):
    output = run(str(FIXTURE), format="pstw", country="Netherlands")
    chatbot = Initiative.objects.get(source="pstw", source_id="PSTW-9001")
    assert chatbot.title == "Testdam citizen chatbot"
    assert chatbot.status == Status.IN_GEBRUIK
    assert chatbot.technique == Technique.NLP
    assert chatbot.beleidsterrein == "organisatie-en-bedrijfsvoering"
    assert chatbot.website == "https://testdam.example/chatbot"
    assert chatbot.start_date.year == 2021
    assert chatbot.publication_state == PublicationState.SUBMITTED
    assert list(chatbot.themes.values_list("slug", flat=True)) == ["zoeken-kennisbanken-en-chatbots"]
    assert chatbot.lead_organisation.type == OrganisationType.GEMEENTE

    bridges = Initiative.objects.get(source_id="PSTW-9002")
    assert bridges.status == Status.PILOT  # "Pilot " with a trailing space
    assert bridges.technique == Technique.BEELD
    assert bridges.source_code_url == "https://github.com/testdam/bridges"

    traffic = Initiative.objects.get(source_id="PSTW-9003")
    assert traffic.status == Status.GESTOPT
    assert traffic.beleidsterrein == "verkeer"  # COFOG II "Transport" wins over "Economic affairs"
    assert traffic.end_date.year == 2022
    assert traffic.lead_organisation.type == OrganisationType.MINISTERIE

    # The blockchain case stays out by default, the German one by --country.
    assert not Initiative.objects.filter(source_id="PSTW-9006").exists()
    assert "created 3, updated 0, unchanged 0, skipped 2, conflicts 0" in output
    assert "2 row(s) of other countries or technologies left out" in output


@pytest.mark.django_db
def test_technology_widens_the_import(seeded_themes):
    output = run(str(FIXTURE), format="pstw", country="Netherlands", technology=["Blockchain"])
    space = Initiative.objects.get(source_id="PSTW-9006")
    assert space.status == Status.ONTWIKKELING and space.technique == Technique.OVERIG
    assert space.website == "" and space.start_date is None
    assert space.lead_organisation.type == OrganisationType.OVERIG
    # Nothing in the row says what it is about: no theme, and the note says so.
    assert not space.themes.exists()
    assert "created 4, updated 0, unchanged 0, skipped 2" in output
    assert "1 row(s) of other countries or technologies left out" in output


@pytest.mark.django_db
def test_organisation_spellings_match_one_organisation(seeded_themes):
    run(str(FIXTURE), format="pstw", country="Netherlands")
    chatbot = Initiative.objects.get(source_id="PSTW-9001")
    bridges = Initiative.objects.get(source_id="PSTW-9002")
    # "City of Testdam" and "Municipality of Testdam " are one organisation.
    assert chatbot.lead_organisation == bridges.lead_organisation
    assert OrganisationAlias.objects.filter(name="Municipality of Testdam").exists()


@pytest.mark.django_db
def test_alias_table_matches_existing_organisation(seeded_themes):
    testdam = OrganisationFactory(name="Gemeente Testdam", slug="gemeente-testdam")
    space = OrganisationFactory(name="Netherlands Space Office (NSO)", slug="nso",
                                type=OrganisationType.AGENTSCHAP)
    OrganisationAlias.objects.create(organisation=space, name="Netherlands  Space Office")
    run(str(FIXTURE), format="pstw", country="Netherlands", technology=["all"])
    assert Initiative.objects.get(source_id="PSTW-9001").lead_organisation == testdam
    assert Initiative.objects.get(source_id="PSTW-9002").lead_organisation == testdam
    assert Initiative.objects.get(source_id="PSTW-9006").lead_organisation == space
    assert not Organisation.objects.filter(name__icontains="City of Testdam").exists()


@pytest.mark.django_db
def test_rerun_updates_instead_of_duplicating_and_keeps_a_persons_change(seeded_themes):
    run(str(FIXTURE), format="pstw", country="Netherlands")
    Initiative.objects.filter(source_id="PSTW-9003").update(title="Veranderd door iemand")
    output = run(str(FIXTURE), format="pstw", country="Netherlands")
    assert Initiative.objects.count() == 3
    # The source did not change the title, so the person's title stands, without a conflict.
    assert "created 0, updated 0, unchanged 3, skipped 2, conflicts 0" in output
    assert Initiative.objects.get(source_id="PSTW-9003").title == "Veranderd door iemand"


@pytest.mark.django_db
def test_skipped_rows_are_reported_with_their_reason(seeded_themes):
    output = run(str(FIXTURE), format="pstw", country="Netherlands")
    assert "PSTW-9004: no name" in output
    assert "PSTW-9001: the same id appears earlier in the file" in output


@pytest.mark.django_db
def test_publish_flag_publishes(seeded_themes):
    run(str(FIXTURE), format="pstw", country="Netherlands", publish=True)
    assert Initiative.objects.published().count() == 3


@pytest.mark.django_db
def test_dry_run_changes_nothing(seeded_themes):
    output = run(str(FIXTURE), format="pstw", dry_run=True)
    assert "DRY RUN" in output and "created 4" in output
    assert not Initiative.objects.exists()
    assert not Organisation.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("content, message", [
    ("Name,Description\nx,y\n", "missing column"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
])
def test_broken_file_gives_a_clear_error_and_changes_nothing(tmp_path, content, message):
    OrganisationFactory(name="Bestaand", slug="bestaand")
    path = tmp_path / "broken.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(CommandError, match=message):
        run(str(path), format="pstw")
    assert not Initiative.objects.exists()
    assert Organisation.objects.count() == 1


@pytest.mark.django_db
def test_failure_half_way_rolls_back_everything(seeded_themes, monkeypatch):
    records, _ = read_file(str(FIXTURE), "pstw")
    from initiatives.importers import base

    calls = []

    def explode(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return original(*args, **kwargs)

    original = base._apply
    monkeypatch.setattr(base, "_apply", explode)
    with pytest.raises(RuntimeError):
        apply_records(records)
    assert not Initiative.objects.exists()


@pytest.mark.django_db
def test_own_export_imports_back_idempotently(client, registry):
    export = client.get("/initiatieven/export.json").content
    Initiative.objects.all().delete()
    records, _ = read_file(io.BytesIO(export), "json")
    result = apply_records(records)
    assert len(result.created) == 6
    result = apply_records(read_file(io.BytesIO(export), "json")[0])
    assert len(result.unchanged) == 6 and not result.created


@pytest.mark.django_db
def test_own_csv_export_imports_back(client, registry):
    export = client.get("/initiatieven/export.csv").content
    Initiative.objects.all().delete()
    result = apply_records(read_file(io.BytesIO(export), "csv")[0])
    assert len(result.created) == 6
    assert Initiative.objects.get(title="Klantvragen routeren").lead_organisation.slug == "uwv"


@pytest.mark.django_db
def test_shipped_dutch_cases_import_and_reimport_unchanged(seeded_themes):
    output = run(str(DUTCH_CASES), format="pstw", country="Netherlands")
    assert Initiative.objects.filter(source="pstw").count() == 169
    assert "created 169, updated 0, unchanged 0, skipped 0" in output
    assert "37 row(s) of other countries or technologies left out" in output

    matcher = OrganisationMatcher()
    amsterdam = matcher.find("City of Amsterdam")
    assert amsterdam is not None
    assert matcher.find("Municipality of Amsterdam ") == amsterdam
    assert matcher.find("Gemeente Amsterdam") == amsterdam
    assert amsterdam.initiatives.filter(source="pstw").count() == AMSTERDAM_AI_CASES
    output = run(str(DUTCH_CASES), format="pstw", country="Netherlands")
    assert "created 0, updated 0, unchanged 169" in output


@pytest.mark.needs_shared_data
@pytest.mark.django_db
def test_whole_real_pstw_file_imports_its_dutch_cases(seeded_themes, shared_pstw_file):
    output = run(str(shared_pstw_file), format="pstw", country="Netherlands")
    assert "created 169, updated 0, unchanged 0, skipped 0" in output
    assert "1838 row(s) of other countries or technologies left out" in output  # 1801 + 37
    # The full file's Dutch cases are the shipped ones: importing those changes nothing.
    output = run(str(DUTCH_CASES), format="pstw", country="Netherlands")
    assert "created 0, updated 0, unchanged 169" in output
