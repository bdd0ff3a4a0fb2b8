"""Who may do what in the registry. Views check these; services change data."""

from accounts.permissions import can_use_powers, is_curator

from .vocabularies import PublicationState


def can_propose(user) -> bool:
    """Members (verified work address) propose initiatives of their organisation."""
    return user.is_authenticated and user.is_active and user.has_perm("initiatives.add_initiative")


def is_owner(user, initiative) -> bool:
    return user.is_authenticated and user.pk in (initiative.submitted_by_id, initiative.contact_user_id)


def can_curate(user) -> bool:
    return is_curator(user) and user.has_perm("initiatives.curate_initiative")


def can_import(user) -> bool:
    return is_curator(user) and user.has_perm("initiatives.import_initiatives")


def can_edit(user, initiative) -> bool:
    """Owners edit their own entry unless a curator turned it down or archived it; curators always."""
    if can_curate(user):
        return True
    return (
        is_owner(user, initiative)
        and can_use_powers(user)
        and initiative.publication_state
        not in (PublicationState.REJECTED, PublicationState.ARCHIVED)
    )
