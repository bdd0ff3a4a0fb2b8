"""The registry's share of a member's personal-data download (see accounts.services.personal_data)."""

from .models import Initiative, InitiativeRevision


def export(user) -> dict:
    """Initiatives the member proposed or is the contact of, and their own edits."""
    initiatives = Initiative.objects.owned_by(user).select_related("lead_organisation")
    return {
        "initiatives": [
            {
                "title": initiative.title,
                "slug": initiative.slug,
                "organisation": initiative.lead_organisation.name,
                "publication_state": initiative.publication_state,
                "proposed_by_you": initiative.submitted_by_id == user.pk,
                "you_are_contact": initiative.contact_user_id == user.pk,
                "contact_email": initiative.contact_email if initiative.contact_user_id == user.pk else None,
                "created_at": initiative.created_at.isoformat(),
            }
            for initiative in initiatives
        ],
        "initiative_edits": [
            {"initiative": revision.initiative.slug, "edited_at": revision.created_at.isoformat()}
            for revision in InitiativeRevision.objects.filter(edited_by=user).select_related("initiative")
        ],
    }
