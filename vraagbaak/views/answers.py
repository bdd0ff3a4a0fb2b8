"""Answering a question and editing an answer."""

from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.submissions import SENT_BEFORE, submission_earlier, submission_record
from initiatives.markup import render_markdown

from ..forms import AnswerCreateForm, AnswerEditForm, SourceFormSet, cleaned_sources
from ..models import Answer, AnswerState, Question
from ..moderation.services import post_mark_possible_personal_data
from ..permissions import can_answer, can_edit, can_post
from ..services.answers import answer_create, answer_edit, answer_recent_duplicate
from ..services.revisions import latest_revision_id
from .editing import edit_post


@login_required
def answer_create_view(request, pk: int):
    """Post an answer (POST), or show the answer form with errors or a preview.

    A closed question refuses the answer with 409 and shows the text back, so nothing typed
    is lost (it may have been closed while the member was writing).
    """
    question = get_object_or_404(
        Question.objects.visible_to(request.user).select_related("theme"), pk=pk
    )
    if not can_post(request.user):
        raise PermissionDenied
    if request.method != "POST":
        return redirect(f"{question.get_absolute_url()}#antwoorden")
    form = AnswerCreateForm(request.POST, user=request.user)
    # A form from before sources existed (an old tab) sends none: it is answered as without.
    sources = SourceFormSet(request.POST if "bron-TOTAL_FORMS" in request.POST else None,
                            prefix="bron")
    has_answered = Answer.objects.filter(question=question, author=request.user).exists()
    context = {"question": question, "form": form, "sources": sources,
               "has_answered": has_answered}
    if not can_answer(request.user, question):
        return _refuse_closed(request, context)
    # Both checked, so every error shows at once.
    valid = form.is_valid() & (sources.is_valid() or not sources.is_bound)
    if valid and request.POST.get("action") != "preview":
        recent = answer_recent_duplicate(question=question, author=request.user,
                                         body=form.cleaned_data["body"])
        earlier = submission_earlier(user=request.user, token=form.form_token,
                                     recent_url=recent.get_absolute_url() if recent else None)
        if earlier is not None:
            messages.info(request, SENT_BEFORE)
            return redirect(earlier or question.get_absolute_url())
        try:
            answer = answer_create(question=question, author=request.user,
                                   body=form.cleaned_data["body"], kind=form.cleaned_data["kind"],
                                   sources=cleaned_sources(sources))
        except ValidationError as error:
            if error.code != "question_closed":
                raise
            return _refuse_closed(request, context)
        post_mark_possible_personal_data(post=answer, author=request.user,
                                         kinds=form.confirmed_personal_data)
        submission_record(user=request.user, token=form.form_token, url=answer.get_absolute_url())
        if answer.state == AnswerState.PUBLISHED:
            messages.success(request, _("Your answer has been posted."))
        else:
            messages.info(
                request,
                _("Thank you! Your answer awaits review by an expert before others can see it."),
            )
        return redirect(answer)
    if valid:
        context["preview"] = render_markdown(form.cleaned_data["body"])
    return render(request, "vraagbaak/answer_form.html", context)


def _refuse_closed(request, context):
    context["closed"] = True
    return render(request, "vraagbaak/answer_form.html", context, status=HTTPStatus.CONFLICT)


@login_required
def answer_edit_view(request, pk: int):
    answer = get_object_or_404(
        Answer.objects.visible_to(request.user).select_related("question"), pk=pk
    )
    if not can_edit(request.user, answer):
        raise PermissionDenied
    initial = {"body": answer.body, "base_revision": latest_revision_id(answer=answer)}
    return edit_post(
        request,
        form=AnswerEditForm(request.POST or None, initial=initial),
        context={"answer": answer, "question": answer.question},
        template="vraagbaak/answer_edit.html",
        save=lambda data: answer_edit(
            answer=answer, editor=request.user, body=data["body"], summary=data["summary"],
            base_revision_id=data["base_revision"],
        ),
    )
