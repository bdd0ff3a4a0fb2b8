"""The home page and the fixed statements (the health check is vraagbaak.site.outage's)."""

from django.db.models import Count, Q
from django.shortcuts import render
from django.template.loader import select_template
from django.utils.translation import get_language

from initiatives.models import Theme
from initiatives.selectors import featured_initiatives

from ..models import Question


def home(request):
    """The central information point: search, recent and unanswered questions, themes."""
    questions = Question.objects.visible_to(request.user).for_list()
    context = {
        "recent_questions": questions.order_by("-created_at")[:8],
        "unanswered_questions": questions.unanswered().order_by("-created_at")[:8],
        "featured_initiatives": featured_initiatives(),
        "themes": Theme.objects.annotate(
            question_count=Count("questions", filter=Q(questions__is_hidden=False))
        ),
    }
    return render(request, "site/home.html", context)


def statement_page(request, name: str):
    """About, accessibility and privacy: long texts written per language."""
    language = (get_language() or "nl").split("-")[0]
    template = select_template(
        [f"site/pages/{name}.{language}.html", f"site/pages/{name}.nl.html"]
    )
    return render(request, template.template.name)
