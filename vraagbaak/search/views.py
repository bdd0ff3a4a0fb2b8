"""The search page: questions now; the registry adds its own section of results."""

from django.shortcuts import render

from initiatives.selectors import search_initiatives

from ..forms import SearchFilterForm
from ..models import Question
from ..pagination import CachedCountPaginator
from .fulltext import clean_query, highlight, is_postgresql, search_questions


def search(request):
    query = clean_query(request.GET.get("q"))
    filter_form = SearchFilterForm(request.GET or None)
    questions = filter_form.filter(Question.objects.visible_to(request.user).for_list())
    page_obj = None
    initiatives = []
    if query.has_words:
        initiatives = list(search_initiatives(query.text, limit=10))
        paginator = CachedCountPaginator(search_questions(questions, query), 20)
        page_obj = paginator.get_page(request.GET.get("page"))
        for question in page_obj.object_list:
            if hasattr(question, "title_snippet"):
                question.title_html = highlight(question.title_snippet)
                question.snippet_html = highlight(question.body_snippet)
    context = {
        "query": query,
        "filter_form": filter_form,
        "page_obj": page_obj,
        "results": page_obj.object_list if page_obj else [],
        "with_snippets": is_postgresql(),
        "initiatives": initiatives,
    }
    return render(request, "vraagbaak/search.html", context)
