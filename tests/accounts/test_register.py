"""The shipped list of government organisations: its shape holds (known types, each domain and
spelling once, source and licence named), and an import lands the many spellings of one
organisation on that one organisation, with the list's name, type and domains."""

import io
import json

import pytest
from django.core.management import call_command
from django.utils import translation

from accounts import register
from accounts.models import Organisation, OrganisationType, normalise_organisation_name
from initiatives.techwatch import DUTCH_CASES


def test_the_list_names_its_source_and_licence_and_is_well_formed():
    data = json.loads(register.REGISTER_FILE.read_text(encoding="utf-8"))
    assert "organisaties.overheid.nl" in data["source"] and data["licence"] == "CC0-1.0"
    assert (register.REGISTER_FILE.parent / "README.md").is_file()
    domains, names = [], []
    for entry in register.entries():
        assert entry.type in OrganisationType.values, entry.name
        assert entry.domains, entry.name
        domains += entry.domains
        names += [normalise_organisation_name(n) for n in (entry.name, *entry.aliases)]
    assert len(domains) == len(set(domains))
    assert len(names) == len(set(names))


@pytest.mark.parametrize("domain, name", [
    ("amsterdam.nl", "Gemeente Amsterdam"),
    ("rws.nl", "Rijkswaterstaat"),
    ("minbzk.nl", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("NVWA.nl", "Nederlandse Voedsel- en Warenautoriteit"),
])
def test_domains_find_their_organisation(domain, name):
    assert register.find_by_domain(domain).name == name


@pytest.mark.parametrize("domain", ["gmail.com", "gemeentefake.nl", "amsterdam.nl.evil.example"])
def test_other_domains_find_nothing(domain):
    assert register.find_by_domain(domain) is None


@pytest.mark.django_db
def test_import_lands_every_spelling_on_one_organisation():
    with translation.override("en"):
        call_command("import_initiatives", str(DUTCH_CASES), format="pstw", stdout=io.StringIO(),
                     stderr=io.StringIO())
    police = Organisation.objects.get(name="Politie")
    assert police.type == OrganisationType.POLITIE
    assert police.initiatives.count() == 8  # Dutch/National/Amsterdam/Roermond police, the Lab
    # Only consortia that name the police among others stay apart.
    assert not Organisation.objects.filter(name__icontains="police").exclude(name__contains=",").exists()
    nvwa = Organisation.objects.get(name="Nederlandse Voedsel- en Warenautoriteit")
    assert nvwa.initiatives.count() == 6  # also "… Authority (NVW", cut off in the source
    assert set(nvwa.domains.values_list("domain", flat=True)) == {"nvwa.nl"}
    rvo = Organisation.objects.get(name="Rijksdienst voor Ondernemend Nederland")
    assert rvo.initiatives.count() == 6 and rvo.type == OrganisationType.AGENTSCHAP
    assert Organisation.objects.get(name="Gemeente Amsterdam").initiatives.count() == 21
