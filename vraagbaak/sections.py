"""Sections the vraagbaak adds to pages of lower parts (see accounts/sections.py)."""

from django.contrib.auth import get_user_model

from accounts.sections import Section

from .models import Answer, PinnedAnswer, Question

SECTION_SIZE = 10


def theme_questions(theme, request) -> Section:
    questions = (
        Question.objects.visible_to(request.user).filter(theme=theme).for_list()
        .order_by("-last_activity_at")[:SECTION_SIZE]
    )
    return Section("vraagbaak/sections/theme_questions.html", {"theme": theme, "questions": questions})


def organisation_questions(organisation, request) -> Section:
    questions = (
        Question.objects.visible_to(request.user).filter(author__organisation=organisation)
        .for_list().order_by("-created_at")[:SECTION_SIZE]
    )
    return Section("vraagbaak/sections/organisation_questions.html",
                   {"organisation": organisation, "questions": questions})


def profile_posts(profile_user, request) -> Section | None:
    if not isinstance(profile_user, get_user_model()):
        return None
    questions = (
        Question.objects.visible_to(request.user).filter(author=profile_user).for_list()
        .order_by("-created_at")[:SECTION_SIZE]
    )
    answers = (
        Answer.objects.visible_to(request.user).filter(author=profile_user)
        .select_related("question").order_by("-created_at")[:SECTION_SIZE]
    )
    return Section("vraagbaak/sections/profile_posts.html",
                   {"profile_user": profile_user, "questions": questions, "answers": answers})


def initiative_questions(initiative, request) -> Section:
    """The questions linked to an initiative, as the visitor may see them."""
    questions = (
        initiative.questions.visible_to(request.user).select_related("theme")
        .order_by("-last_activity_at")[:20]
    )
    return Section(
        "vraagbaak/includes/initiative_questions.html",
        {"initiative": initiative, "questions": questions},
    )


def initiative_ask(initiative, request) -> Section:
    """The button that asks a question about the initiative, in its page's action bar."""
    return Section("vraagbaak/includes/initiative_ask.html", {"initiative": initiative})


def _pins(theme, user):
    """The theme's pinned answers in their order, those the user sees (visible answers in
    visible questions), with what a row shows."""
    return list(
        PinnedAnswer.objects.filter(theme=theme, answer__in=Answer.objects.visible_to(user))
        .select_related("answer__question", "answer__author").order_by("position", "pk")
    )


def theme_pinned_answers(theme, request) -> Section | None:
    """The canonical answers in the guide on a theme's page; none, no section."""
    pins = _pins(theme, request.user)
    if not pins:
        return None
    return Section("vraagbaak/sections/theme_pinned_answers.html", {"theme": theme, "pins": pins})


def theme_guide_pins(theme, request) -> Section:
    """Below the guide's form: the pinned answers and the way to change them."""
    return Section("vraagbaak/sections/theme_guide_pins.html",
                   {"theme": theme, "pins": _pins(theme, request.user)})
