"""What curators do to organisations: merge duplicates, fix types, keep aliases. Each step is
written to the organisation log (OrganisationLogEntry).

A merge moves everything that points at the organisation, whichever part of the portal owns
it (the registry's initiatives, members, aliases, domains, child organisations), by walking
the model's relations: accounts names no higher part, and a relation added later moves too.
"""

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import (
    Organisation,
    OrganisationAlias,
    OrganisationDomain,
    OrganisationLogEntry,
    OrganisationType,
    User,
    normalise_organisation_name,
)


class MergeError(ValueError):
    """The merge cannot be done (the same organisation twice, or a loop of parents)."""


def _log(actor, organisation, action, note):
    OrganisationLogEntry.objects.create(actor=actor, organisation=organisation, action=action, note=note)


@transaction.atomic
def organisation_merge(*, source: Organisation, target: Organisation, curator: User) -> Organisation:
    """Fold `source` into `target` and delete it; its names become aliases of `target`.

    The caller checked is_curator(curator). Locks both rows, so two merges of the same
    organisation do not interleave.
    """
    if source.pk == target.pk:
        raise MergeError(_("Choose two different organisations."))
    locked = {org.pk: org for org in Organisation.objects.select_for_update().filter(
        pk__in=[source.pk, target.pk])}
    if len(locked) != 2:
        raise MergeError(_("One of the organisations no longer exists."))
    source, target = locked[source.pk], locked[target.pk]
    parent = target
    while parent is not None:
        if parent.pk == source.pk:
            raise MergeError(_("The organisation to keep is part of the one to merge."))
        parent = parent.parent
    names = [source.name, *source.aliases.values_list("name", flat=True)]
    for relation in Organisation._meta.related_objects:
        if relation.many_to_many:
            through = relation.through
            source_field = relation.field.m2m_reverse_field_name()
            other_field = relation.field.m2m_field_name()
            rows = through.objects.filter(**{source_field: source})
            existing = through.objects.filter(**{source_field: target}).values_list(other_field, flat=True)
            rows.filter(**{f"{other_field}__in": list(existing)}).delete()
            rows.update(**{source_field: target})
        elif relation.one_to_many and relation.related_model not in (OrganisationAlias, OrganisationLogEntry):
            relation.related_model._base_manager.filter(**{relation.field.name: source}).update(
                **{relation.field.name: target}
            )
    OrganisationLogEntry.objects.filter(organisation=source).update(organisation=target)
    own = normalise_organisation_name(target.name)
    OrganisationAlias.objects.filter(organisation=source).exclude(normalised=own).update(organisation=target)
    OrganisationAlias.objects.filter(organisation=source).delete()
    source_name = source.name
    source.delete()
    if normalise_organisation_name(source_name) != own:
        OrganisationAlias.objects.update_or_create(
            normalised=normalise_organisation_name(source_name),
            defaults={"organisation": target, "name": source_name},
        )
    _log(curator, target, OrganisationLogEntry.Action.MERGE,
         _("%(source)s merged into %(target)s") % {"source": source_name, "target": target.name}
         + (f" ({'; '.join(names[1:])})" if len(names) > 1 else ""))
    return target


@transaction.atomic
def organisation_set_type(*, organisation: Organisation, type: str, curator: User) -> None:
    """The caller checked is_curator(curator) and that `type` is an OrganisationType."""
    old = organisation.get_type_display()
    Organisation.objects.filter(pk=organisation.pk).update(type=type)
    organisation.type = type
    _log(curator, organisation, OrganisationLogEntry.Action.TYPE,
         f"{old} → {organisation.get_type_display()}")


@transaction.atomic
def organisation_alias_add(*, organisation: Organisation, name: str, curator: User) -> OrganisationAlias:
    """Another spelling of `organisation`'s name; one held by another organisation moves here."""
    alias, _created = OrganisationAlias.objects.update_or_create(
        normalised=normalise_organisation_name(name),
        defaults={"organisation": organisation, "name": " ".join(name.split())},
    )
    _log(curator, organisation, OrganisationLogEntry.Action.ALIAS_ADD, alias.name)
    return alias


@transaction.atomic
def organisation_alias_remove(*, alias: OrganisationAlias, curator: User) -> None:
    organisation, name = alias.organisation, alias.name
    alias.delete()
    _log(curator, organisation, OrganisationLogEntry.Action.ALIAS_REMOVE, name)


@transaction.atomic
def organisation_domain_add(
    *, organisation: Organisation, domain: str, curator: User | None
) -> OrganisationDomain:
    """The caller checked that no other organisation holds `domain`."""
    entry, _created = OrganisationDomain.objects.get_or_create(
        domain=domain.strip().lower(), defaults={"organisation": organisation}
    )
    _log(curator, organisation, OrganisationLogEntry.Action.DOMAIN_ADD, entry.domain)
    return entry


@transaction.atomic
def organisation_create(*, name: str, curator: User | None, note: str = "") -> Organisation:
    """A new organisation of type "other" under a free slug (a curator fixes the type later);
    the caller checked that no organisation has this name."""
    base = slugify(name)[:190] or "organisatie"
    slug, n = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    organisation = Organisation.objects.create(name=name, slug=slug, type=OrganisationType.OVERIG)
    _log(curator, organisation, OrganisationLogEntry.Action.CREATE, note or name)
    return organisation
