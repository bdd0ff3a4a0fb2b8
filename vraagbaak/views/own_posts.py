"""Taking personal data out of a post (its author or its moderators), and authors deleting
their own posts. Each page shows what it acts on; every POST redirects."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from ..models import Answer, Comment, Question
from ..moderation.forms import RedactForm
from ..moderation.services import post_redact
from ..permissions import can_delete, can_redact
from ..services.own_posts import post_delete

POSTS = {
    "vraag": (Question, ["theme", "author"]),
    "antwoord": (Answer, ["question__theme", "author"]),
    "reactie": (Comment, ["question__theme", "answer__question__theme", "author"]),
}


def _post(request, kind: str, pk: int):
    if kind not in POSTS:
        raise Http404
    model, related = POSTS[kind]
    return get_object_or_404(model.objects.visible_to(request.user).select_related(*related), pk=pk)


def _back(post) -> str:
    if isinstance(post, Comment):
        return f"{post.thread.get_absolute_url()}#reactie-{post.pk}"
    return post.get_absolute_url()


@login_required
def redact(request, kind: str, pk: int):
    post = _post(request, kind, pk)
    if not can_redact(request.user, post):
        raise PermissionDenied
    form = RedactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            post_redact(post=post, by=request.user, passage=form.cleaned_data["passage"],
                        reason="personal-data", note=form.cleaned_data["note"])
        except ValidationError as error:
            form.add_error("passage", error)
        else:
            messages.success(request, _("The passage was removed from the post and from its "
                                        "history."))
            post.refresh_from_db()
            return redirect(_back(post))
    return render(request, "vraagbaak/post_redact.html",
                  {"form": form, "post": post, "kind": kind, "question": post.thread})


@login_required
def delete(request, kind: str, pk: int):
    post = _post(request, kind, pk)
    if not can_delete(request.user, post):
        raise PermissionDenied
    error = None
    if request.method == "POST":
        try:
            thread = post_delete(post=post, by=request.user)
        except ValidationError as refused:
            error = refused.messages[0]
        else:
            messages.success(request, _("Your post was deleted."))
            return redirect(thread.get_absolute_url() if thread else "vraagbaak:question-list")
    return render(request, "vraagbaak/post_delete.html",
                  {"post": post, "kind": kind, "question": post.thread, "error": error},
                  status=409 if error else 200)
