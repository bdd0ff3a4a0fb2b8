"""Questions: list, ask, read, search. (Fleshed out by the vraagbaak issue.)"""

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import ListView

from ..models import Question


class QuestionListView(ListView):
    paginate_by = 20
    template_name = "vraagbaak/question_list.html"

    def get_queryset(self):
        return (
            Question.objects.filter(is_hidden=False)
            .select_related("author__organisation", "theme")
            .order_by("-last_activity_at")
        )


@login_required
def question_ask(request):
    return render(request, "vraagbaak/question_form.html", {})


def question_detail(request, pk: int, slug: str | None = None):
    question = get_object_or_404(
        Question.objects.filter(is_hidden=False).select_related("author", "theme"), pk=pk
    )
    if slug != question.slug:
        return redirect(question, permanent=True)
    return render(request, "vraagbaak/question_detail.html", {"question": question})


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Question.objects.none()
    if query:
        results = Question.objects.filter(is_hidden=False).filter(
            Q(title__icontains=query) | Q(body__icontains=query)
        )[:50]
    return render(request, "vraagbaak/search.html", {"query": query, "results": results})
