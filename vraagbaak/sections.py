"""Sections the vraagbaak adds to the registry's pages (see accounts/sections.py)."""

from accounts.sections import Section


def initiative_questions(initiative, request) -> Section:
    """The questions linked to an initiative: published ones, none hidden by a moderator."""
    questions = (
        initiative.questions.filter(is_hidden=False)
        .select_related("theme")
        .order_by("-last_activity_at")[:20]
    )
    return Section(
        "vraagbaak/includes/initiative_questions.html",
        {"initiative": initiative, "questions": questions},
    )
