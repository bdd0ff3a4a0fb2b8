"""What members do to posts: vote, accept an answer, comment. Every POST redirects back."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms import CommentForm
from ..models import Answer, Question, Vote
from ..permissions import can_accept, can_comment, can_vote
from ..services.answers import answer_accept, answer_unaccept
from ..services.comments import comment_create
from ..services.votes import vote_set


def _post(request, kind: str, pk: int):
    if kind == "vraag":
        return get_object_or_404(Question.objects.visible_to(request.user), pk=pk)
    return get_object_or_404(
        Answer.objects.visible_to(request.user).published()
        .select_related("question"),
        pk=pk,
    )


def _anchor(post) -> str:
    return post.get_absolute_url()


@login_required
@require_POST
def vote(request, kind: str, pk: int):
    """Vote up or down; voting the same way again withdraws the vote."""
    post = _post(request, kind, pk)
    if not can_vote(request.user, post):
        raise PermissionDenied
    direction = request.POST.get("value")
    if direction not in ("up", "down"):
        messages.error(request, _("Choose to vote up or down."))
        return redirect(_anchor(post))
    value = Vote.UP if direction == "up" else Vote.DOWN
    post_filter = {"question": post} if kind == "vraag" else {"answer": post}
    current = Vote.objects.filter(user=request.user, **post_filter).values_list("value", flat=True).first()
    vote_set(user=request.user, post=post, value=0 if current == value else value)
    return redirect(_anchor(post))


def _answer_to_accept(request, pk: int) -> Answer:
    answer = _post(request, "antwoord", pk)
    if not can_accept(request.user, answer.question):
        raise PermissionDenied
    return answer


@login_required
@require_POST
def accept(request, pk: int):
    """The asker accepts an answer. Accepting it again keeps it accepted (a double click)."""
    answer = _answer_to_accept(request, pk)
    answer_accept(answer=answer, accepted_by=request.user)
    messages.success(request, _("You accepted this answer."))
    return redirect(answer)


@login_required
@require_POST
def unaccept(request, pk: int):
    """The asker withdraws the acceptance of this answer, if it is still the accepted one."""
    answer = _answer_to_accept(request, pk)
    answer_unaccept(question=answer.question, accepted_by=request.user, answer=answer)
    messages.success(request, _("The answer is no longer marked as accepted."))
    return redirect(answer)


@login_required
def comment(request, kind: str, pk: int):
    post = _post(request, kind, pk)
    if not can_comment(request.user, post):
        raise PermissionDenied
    if request.method != "POST":
        return redirect(_anchor(post))
    form = CommentForm(request.POST)
    if form.is_valid():
        created = comment_create(author=request.user, post=post, body=form.cleaned_data["body"])
        question = post if kind == "vraag" else post.question
        return redirect(f"{question.get_absolute_url()}#reactie-{created.pk}")
    question = post if kind == "vraag" else post.question
    return render(request, "vraagbaak/comment_form.html",
                  {"form": form, "post": post, "kind": kind, "question": question})
