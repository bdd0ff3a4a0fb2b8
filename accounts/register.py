"""The shipped list of Dutch government organisations (accounts/data/organisations/, see its
README for where it comes from): looked up by name or alias when an import meets an unknown
name, and by e-mail domain at sign-up. An entry becomes an Organisation (with its domains and
aliases) the first time it is needed.
"""

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .models import Organisation, OrganisationAlias, OrganisationDomain, normalise_organisation_name

REGISTER_FILE = Path(__file__).resolve().parent / "data" / "organisations" / "organisations.json"


@dataclass(frozen=True)
class RegisterEntry:
    name: str
    type: str
    website: str = ""
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = field(default=())


@cache
def entries() -> tuple[RegisterEntry, ...]:
    data = json.loads(REGISTER_FILE.read_text(encoding="utf-8"))
    return tuple(
        RegisterEntry(
            name=row["name"], type=row["type"], website=row.get("website", ""),
            domains=tuple(d.lower() for d in row.get("domains", [])),
            aliases=tuple(row.get("aliases", [])),
        )
        for row in data["organisations"]
    )


@cache
def _by_key() -> dict[str, RegisterEntry]:
    keys = {}
    for entry in entries():
        for name in (entry.name, *entry.aliases):
            keys.setdefault(normalise_organisation_name(name), entry)
    return keys


@cache
def _by_domain() -> dict[str, RegisterEntry]:
    return {domain: entry for entry in entries() for domain in entry.domains}


def find_by_name(name: str) -> RegisterEntry | None:
    return _by_key().get(normalise_organisation_name(name))


def find_by_domain(domain: str) -> RegisterEntry | None:
    return _by_domain().get(domain.strip().lower().rstrip("."))


@transaction.atomic
def organisation_from_register(entry: RegisterEntry) -> Organisation:
    """The organisation of `entry`: the existing one (by name, alias or domain), else a new one.

    Its domains and aliases are added where nobody else holds them.
    """
    organisation = (
        Organisation.objects.filter(name__iexact=entry.name).first()
        or Organisation.objects.filter(domains__domain__in=entry.domains).first()
        or Organisation.objects.filter(
            aliases__normalised=normalise_organisation_name(entry.name)
        ).first()
    )
    if organisation is None:
        base = slugify(entry.name)[:190] or "organisatie"
        slug, n = base, 2
        while Organisation.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        organisation = Organisation.objects.create(
            name=entry.name, slug=slug, type=entry.type, website=entry.website
        )
    for domain in entry.domains:
        OrganisationDomain.objects.get_or_create(domain=domain, defaults={"organisation": organisation})
    own = normalise_organisation_name(organisation.name)
    for alias in entry.aliases:
        key = normalise_organisation_name(alias)
        if key and key != own:
            OrganisationAlias.objects.get_or_create(
                normalised=key, defaults={"organisation": organisation, "name": alias}
            )
    return organisation
