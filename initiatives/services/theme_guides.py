"""Curators keep a theme's guide."""

from django.db import transaction
from django.utils import timezone

from accounts.models import User

from ..models import Theme, ThemeGuideRevision
from ..theme_guides import GuideStep


@transaction.atomic
def theme_guide_update(*, theme: Theme, intro: str, curator: User, note: str = "",
                       description: str | None = None) -> Theme:
    """Save the guide's introduction (and the theme's description, when given) and mark the
    guide reviewed today; the old texts are kept.

    The caller checked can_curate(curator).
    """
    theme = Theme.objects.select_for_update().get(pk=theme.pk)
    ThemeGuideRevision.objects.create(
        theme=theme, edited_by=curator, step=GuideStep.INTRO, previous_intro=theme.guide_intro,
        previous_description=theme.description, note=note,
    )
    theme.guide_intro = intro
    theme.guide_reviewed_on = timezone.localdate()
    fields = ["guide_intro", "guide_reviewed_on"]
    if description is not None:
        theme.description = description
        fields.append("description")
    theme.save(update_fields=fields)
    return theme


def theme_guide_log(*, theme: Theme, curator: User, step: str, note: str = "") -> ThemeGuideRevision:
    """Write one step on the guide other than its introduction (an answer pinned, unpinned
    or moved) to the guide's log; the introduction stays as it is. Runs in the caller's
    transaction, which checked can_curate(curator)."""
    return ThemeGuideRevision.objects.create(
        theme=theme, edited_by=curator, step=step, previous_intro=theme.guide_intro,
        previous_description=theme.description, note=note[:300],
    )
