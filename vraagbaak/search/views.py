"""The search page: questions by words and by meaning, the registry's initiatives beside them,
who works on the subject, and a plain "nothing close" with the question ready to ask."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse

from accounts.read_only import read_only
from initiatives import semantic as registry
from initiatives.selectors import search_initiatives

from ..forms import SearchFilterForm
from ..models import Question
from .answers import matched_answers
from .fulltext import clean_query, highlight, is_postgresql, with_snippets
from .hybrid import rank_questions
from .people import who_works_on

PER_PAGE = 20


@read_only
def search(request):
    query = clean_query(request.GET.get("q"))
    filter_form = SearchFilterForm(request.GET or None)
    questions = filter_form.filter(Question.objects.visible_to(request.user).for_list())
    page_obj = None
    initiatives = []
    results = []
    ranking = None
    if query.has_words:
        initiatives = list(search_initiatives(query.text, limit=10))
        ranking = rank_questions(questions, query)
        page_obj = Paginator(ranking.ids, PER_PAGE).get_page(request.GET.get("page"))
        found = with_snippets(questions.filter(pk__in=list(page_obj.object_list)), query)
        by_pk = {question.pk: question for question in found}
        results = [by_pk[pk] for pk in page_obj.object_list if pk in by_pk]
        matched_answers(results, ranking.answers)
        for question in results:
            if hasattr(question, "title_snippet"):
                question.title_html = highlight(question.title_snippet)
                question.snippet_html = highlight(question.body_snippet)
    close_initiative = any(
        getattr(i, "closeness", 0) >= registry.CLOSE_THRESHOLD for i in initiatives
    )
    nothing_close = bool(ranking and ranking.nothing_close and not close_initiative)
    context = {
        "query": query,
        "filter_form": filter_form,
        "page_obj": page_obj,
        "results": results,
        "with_snippets": is_postgresql(),
        "initiatives": initiatives,
        "nothing_close": nothing_close,
        "ask_url": reverse("vraagbaak:question-ask") + "?" + urlencode({"titel": query.text}),
        "people": who_works_on(initiatives=initiatives[:5], questions=results[:5])
        if ranking and ranking.by_meaning and not nothing_close else None,
    }
    return render(request, "vraagbaak/search.html", context)
