"""Match organisation names written in several ways to one organisation.

"City of Amsterdam", "Municipality of Amsterdam " and "Gemeente Amsterdam" are one
organisation: names are normalised (accounts.models.normalise_organisation_name),
looked up in the alias table that curators extend in the admin, then compared
with a canonical form without "city of", "municipality", "gemeente". A name that
matches nothing becomes a new organisation, and its raw spelling an alias.
"""

import re

from django.utils.text import slugify

from accounts import register
from accounts.models import Organisation, OrganisationAlias, normalise_organisation_name

# A trailing abbreviation in brackets, even cut off: "Rijkswaterstaat (RWS )", "Authority (NVW".
_BRACKETED = re.compile(r"\s*\(([^()]*)\)?\s*$")
# Words that only say "this is a municipality"; the place name is what identifies it.
_MUNICIPAL = re.compile(r"^(?:the )?(?:city|municipality|gemeente)(?: of)? | (?:municipality|city|gemeente)$")


def canonical_key(name: str) -> str:
    """`normalise_organisation_name`, without municipal wording: "city of amsterdam" → "amsterdam"."""
    key = normalise_organisation_name(name)
    return _MUNICIPAL.sub("", key).strip()


class OrganisationMatcher:
    def __init__(self):
        self.by_key: dict[str, Organisation] = {}
        self.created: list[str] = []
        organisations = list(Organisation.objects.all())
        by_pk = {org.pk: org for org in organisations}
        for org in organisations:
            self.by_key.setdefault(normalise_organisation_name(org.name), org)
            self.by_key.setdefault(canonical_key(org.name), org)
        for alias in OrganisationAlias.objects.all():
            org = by_pk.get(alias.organisation_id)
            if org:
                self.by_key[alias.normalised] = org
                self.by_key.setdefault(canonical_key(alias.name), org)

    def find(self, name: str) -> Organisation | None:
        # Stored names and aliases are cut at 200 and 300 characters: try those too.
        tidy = " ".join(name.split())
        for key in self._keys(tidy):
            if key in self.by_key:
                return self.by_key[key]
        return None

    @staticmethod
    def _keys(tidy: str) -> list[str]:
        keys = [
            normalise_organisation_name(tidy),
            normalise_organisation_name(tidy[:300]),
            normalise_organisation_name(tidy[:200]),
            canonical_key(tidy),
        ]
        # "Netherlands Enterprise Agency (RVO)": the name without the brackets, then what is in them.
        if bracketed := _BRACKETED.search(tidy):
            keys += [normalise_organisation_name(tidy[: bracketed.start()]),
                     normalise_organisation_name(bracketed.group(1))]
        return [key for key in keys if key]

    def _from_register(self, tidy: str) -> Organisation | None:
        for key in self._keys(tidy):
            if entry := register.find_by_name(key):
                organisation = register.organisation_from_register(entry)
                if organisation.name not in self.created and not self._known(organisation):
                    self.created.append(organisation.name)
                self.by_key.setdefault(normalise_organisation_name(organisation.name), organisation)
                return organisation
        return None

    def _known(self, organisation: Organisation) -> bool:
        return any(org.pk == organisation.pk for org in self.by_key.values())

    def match(self, name: str, organisation_type: str) -> Organisation:
        organisation = self.find(name) or self._from_register(" ".join(name.split()))
        if organisation is None:
            organisation = self._create(name, organisation_type)
        self._remember(name, organisation)
        return organisation

    def _create(self, name: str, organisation_type: str) -> Organisation:
        display = " ".join(name.split())[:200]
        base = slugify(display)[:190] or "organisatie"
        slug, n = base, 2
        while Organisation.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        organisation = Organisation.objects.create(name=display, slug=slug, type=organisation_type)
        self.created.append(display)
        return organisation

    def _remember(self, name: str, organisation: Organisation) -> None:
        """Keep the raw spelling as an alias, so curators see (and can correct) the match."""
        key = normalise_organisation_name(" ".join(name.split())[:300])
        if key and key != normalise_organisation_name(organisation.name):
            OrganisationAlias.objects.get_or_create(
                normalised=key,
                defaults={"organisation": organisation, "name": " ".join(name.split())[:300]},
            )
        self.by_key[key] = organisation
        self.by_key.setdefault(canonical_key(name), organisation)
