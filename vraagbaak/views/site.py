"""The home page, the fixed statements and the health check."""

from django.db import DatabaseError, connection, transaction
from django.db.models import Count, Q
from django.http import JsonResponse
from django.shortcuts import render
from django.template.loader import select_template
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from initiatives.models import Theme
from initiatives.selectors import featured_initiatives

from ..models import Question
from ..outage import RETRY_AFTER_SECONDS


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
    return render(request, "vraagbaak/home.html", context)


def statement_page(request, name: str):
    """About, accessibility and privacy: long texts written per language."""
    language = (get_language() or "nl").split("-")[0]
    template = select_template(
        [f"vraagbaak/pages/{name}.{language}.html", f"vraagbaak/pages/{name}.nl.html"]
    )
    return render(request, template.template.name)


@never_cache
@require_safe
@transaction.non_atomic_requests
def healthz(request):
    """200 when the database answers, 503 when it does not: for load balancers.

    DatabaseOutageMiddleware calls this before sessions and authentication, so a probe
    with a session cookie asks the database exactly this one question.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        response = JsonResponse({"status": "error", "database": "unavailable"}, status=503)
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return JsonResponse({"status": "ok", "database": "ok"})
