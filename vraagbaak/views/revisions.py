"""The history of a question or answer, each version compared with the one before."""

import difflib

from django.shortcuts import get_object_or_404, render

from ..models import Answer, Question


def line_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Lines as (kind, text), kind one of "same", "added", "removed"."""
    kinds = {" ": "same", "+": "added", "-": "removed"}
    return [
        (kinds[line[0]], line[2:])
        for line in difflib.ndiff(old.splitlines(), new.splitlines())
        if line[0] in kinds
    ]


def _history(revisions) -> list[dict]:
    """Newest first; each with the changes from the version before it."""
    entries = []
    previous = None
    for revision in revisions:
        entries.append({
            "revision": revision,
            "title_changed": previous is not None and previous.title != revision.title,
            "previous_title": previous.title if previous else "",
            "tags_changed": previous is not None and previous.tags != revision.tags,
            "previous_tags": previous.tags if previous else "",
            "diff": line_diff(previous.body if previous else "", revision.body),
            "is_first": previous is None,
        })
        previous = revision
    return list(reversed(entries))


def question_revisions(request, pk: int):
    question = get_object_or_404(Question.objects.visible_to(request.user), pk=pk)
    revisions = question.revisions.select_related("edited_by__organisation").order_by("created_at", "pk")
    return render(request, "vraagbaak/revision_list.html",
                  {"question": question, "post": question, "history": _history(revisions)})


def answer_revisions(request, pk: int):
    answer = get_object_or_404(
        Answer.objects.visible_to(request.user).select_related("question"), pk=pk,
    )
    revisions = answer.revisions.select_related("edited_by__organisation").order_by("created_at", "pk")
    return render(request, "vraagbaak/revision_list.html",
                  {"question": answer.question, "post": answer, "answer": answer,
                   "history": _history(revisions)})
