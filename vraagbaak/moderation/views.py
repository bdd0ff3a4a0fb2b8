"""The review queue, moderation steps on posts, flags, the log, and appointing experts."""

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.postgres.search import TrigramSimilarity
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from initiatives.models import Theme
from initiatives.responses import safe_next_url

from ..models import ActionKind, Answer, Comment, ModerationAction, Question
from ..permissions import (
    can_appoint_experts,
    can_flag,
    can_moderate,
    can_moderate_any,
    can_view_moderation_log,
    is_curator,
    moderation_themes,
)
from ..search.duplicates import duplicate_candidates
from . import queries, services
from .forms import (
    QUESTION_NUMBER,
    CloseForm,
    ExpertForm,
    FlagForm,
    HideForm,
    NoteForm,
    OutdatedForm,
    VerifyForm,
)

POST_MODELS = {"vraag": Question, "antwoord": Answer, "reactie": Comment}
POST_RELATED = {
    "vraag": ["theme", "author"],
    "antwoord": ["question__theme", "author"],
    "reactie": ["question__theme", "answer__question__theme", "author"],
}


@dataclass(frozen=True)
class Step:
    label: Any
    run: Any  # (post, user, cleaned_data) -> None
    form: type | None = None
    destructive: bool = False
    done: Any = ""


def _hide(post, user, data):
    services.post_hide(post=post, by=user, reason=data["reason"], note=data.get("note", ""))


def _restore(post, user, data):
    services.post_restore(post=post, by=user)


def _dismiss(post, user, data):
    services.flag_dismiss(post=post, by=user)


COMMON = {
    "verbergen": Step(gettext_lazy("Hide"), _hide, HideForm, destructive=True,
                      done=gettext_lazy("The post is hidden; its author sees why.")),
    "herstellen": Step(gettext_lazy("Restore"), _restore,
                       done=gettext_lazy("The post is visible again.")),
    "meldingen-afwijzen": Step(gettext_lazy("Dismiss flags"), _dismiss,
                               done=gettext_lazy("The flags are dismissed.")),
}

STEPS: dict[str, dict[str, Step]] = {
    "antwoord": {
        "goedkeuren": Step(
            gettext_lazy("Approve"), lambda a, u, d: services.answer_approve(answer=a, by=u),
            done=gettext_lazy("The answer is published.")),
        "wijzigingen-vragen": Step(
            gettext_lazy("Request changes"),
            lambda a, u, d: services.answer_request_changes(answer=a, by=u, note=d["note"]),
            NoteForm, done=gettext_lazy("The author is asked to change the answer.")),
        "verifieren": Step(
            gettext_lazy("Verify"),
            lambda a, u, d: services.answer_verify(answer=a, by=u, valid_until=d.get("valid_until")),
            VerifyForm, done=gettext_lazy("The answer is marked as verified by an expert.")),
        "verificatie-intrekken": Step(
            gettext_lazy("Withdraw verification"),
            lambda a, u, d: services.answer_unverify(answer=a, by=u), destructive=True,
            done=gettext_lazy("The verification is withdrawn.")),
        "verouderd": Step(
            gettext_lazy("Mark outdated"),
            lambda a, u, d: services.answer_mark_outdated(answer=a, by=u, note=d["note"]),
            OutdatedForm, done=gettext_lazy("The answer is marked outdated.")),
        "actueel": Step(
            gettext_lazy("Mark current"), lambda a, u, d: services.answer_clear_outdated(answer=a, by=u),
            done=gettext_lazy("The answer is no longer marked outdated.")),
        **COMMON,
    },
    "vraag": {
        "sluiten": Step(
            gettext_lazy("Close"),
            lambda q, u, d: services.question_close(
                question=q, by=u, reason=d["reason"], note=d.get("note", ""),
                duplicate_of=d.get("duplicate_of")),
            CloseForm, destructive=True, done=gettext_lazy("The question is closed.")),
        "heropenen": Step(
            gettext_lazy("Reopen"), lambda q, u, d: services.question_reopen(question=q, by=u),
            done=gettext_lazy("The question is open again.")),
        **COMMON,
    },
    "reactie": dict(COMMON),
}


def _get_post(kind: str, pk: int, user):
    """The post, if `user` sees it: a post out of their sight is as absent as a missing one."""
    model = POST_MODELS.get(kind)
    if model is None:
        raise Http404
    return get_object_or_404(model.objects.visible_to(user).select_related(*POST_RELATED[kind]), pk=pk)


def _has_trigram() -> bool:
    """pg_trgm is installed by the search part's migration; without it, plain matching."""
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        return cursor.fetchone() is not None


def _duplicate_candidates(question: Question, query: str):
    if not QUESTION_NUMBER.fullmatch(query):
        by_meaning = duplicate_candidates(question, query)
        if by_meaning is not None:
            return by_meaning
    if not query:
        return []
    candidates = Question.objects.public().exclude(pk=question.pk).exclude(
        close_reason="duplicate"
    )
    if QUESTION_NUMBER.fullmatch(query):
        return list(candidates.filter(pk=int(query)))
    if _has_trigram():
        return list(
            candidates.annotate(similarity=TrigramSimilarity("title", query))
            .filter(similarity__gt=0.1).order_by("-similarity")[:10]
        )
    return list(candidates.filter(title__icontains=query).order_by("-created_at")[:10])


@login_required
def moderation_step(request, kind: str, pk: int, action: str):
    """One moderation step on a post. Steps with a form or a destructive effect show a
    confirmation page first (JavaScript may confirm in place and post `confirmed`)."""
    step = STEPS.get(kind, {}).get(action)
    if step is None:
        raise Http404
    post = _get_post(kind, pk, request.user)
    if not can_moderate(request.user, post):
        raise PermissionDenied
    question = post.thread
    default_next = reverse("vraagbaak:moderation-queue")
    next_url = safe_next_url(request, default_next)
    form = None
    query = request.GET.get("q", "").strip()[:150]
    if step.form is not None:
        extra = {"candidates": _duplicate_candidates(question, query)} if step.form is CloseForm else {}
        form = step.form(request.POST or None, post=post, **extra)
    if request.method == "POST":
        confirmed = not step.destructive or request.POST.get("confirmed") == "1"
        if (form is None or form.is_valid()) and confirmed:
            try:
                step.run(post, request.user, form.cleaned_data if form else {})
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, step.done or _("Done."))
            return redirect(next_url)
    return render(request, "vraagbaak/moderation_step.html", {
        "post": post, "kind": kind, "action": action, "step": step, "form": form,
        "question": question, "next_url": next_url, "query": query,
    })


@login_required
def moderation_queue(request):
    """Pending answers, flagged posts and long-unanswered questions in the moderator's themes."""
    if not can_moderate_any(request.user):
        raise PermissionDenied
    curator = is_curator(request.user)
    scope = request.GET.get("bereik", "")
    theme_slug = request.GET.get("thema", "")
    kind = request.GET.get("soort", "")
    theme_ids = queries.queue_theme_ids(request.user, scope=scope, theme_slug=theme_slug)
    context = {
        "is_curator": curator, "scope": scope, "theme_slug": theme_slug, "kind": kind,
        "themes": list(moderation_themes(request.user).only("pk", "name", "slug")),
        "pending": queries.pending_answers(theme_ids) if kind in ("", "wachtend") else [],
        "flagged": queries.flagged_posts(theme_ids) if kind in ("", "gemeld") else [],
        "unanswered": (queries.unanswered_questions(theme_ids)
                       if kind in ("", "onbeantwoord") else []),
        "to_review": queries.answers_to_review(theme_ids) if kind in ("", "te-herzien") else [],
    }
    return render(request, "vraagbaak/moderation_queue.html", context)


@login_required
def moderation_log(request):
    """The whole moderation log, for curators: newest first, filterable by action and theme."""
    if not can_view_moderation_log(request.user):
        raise PermissionDenied
    entries = ModerationAction.objects.select_related(
        "actor", "question", "answer__question", "comment", "subject_user", "theme"
    )
    action = request.GET.get("actie", "")
    if action in ActionKind.values:
        entries = entries.filter(action=action)
    theme_slug = request.GET.get("thema", "")
    if theme_slug:
        entries = entries.filter(theme__slug=theme_slug)
    page_obj = Paginator(entries, 50).get_page(request.GET.get("page"))
    return render(request, "vraagbaak/moderationaction_list.html", {
        "page_obj": page_obj, "entries": page_obj.object_list, "action": action,
        "theme_slug": theme_slug, "actions": ActionKind.choices,
        "themes": Theme.objects.only("name", "slug"),
    })


@login_required
def flag_post(request, kind: str, pk: int):
    """A member flags a post with a reason and an optional note."""
    post = _get_post(kind, pk, request.user)
    if not can_flag(request.user, post):
        raise PermissionDenied
    question = post.thread
    next_url = safe_next_url(request, question.get_absolute_url())
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.flag_create(post=post, reporter=request.user, reason=form.cleaned_data["reason"],
                                 note=form.cleaned_data["note"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Thank you. A moderator will look at it."))
        return redirect(next_url)
    return render(request, "vraagbaak/flag_form.html", {
        "form": form, "post": post, "kind": kind, "question": question, "next_url": next_url,
    })


@require_POST
@login_required
def expert_manage(request, user_pk: int):
    """A curator appoints a member as expert of a theme, or removes them (from the profile)."""
    if not can_appoint_experts(request.user):
        raise PermissionDenied
    member = get_object_or_404(get_user_model(), pk=user_pk, is_active=True)
    form = ExpertForm(request.POST)
    if form.is_valid():
        service = (services.expert_appoint if form.cleaned_data["action"] == "appoint"
                   else services.expert_remove)
        try:
            service(user=member, theme=form.cleaned_data["theme"], by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The experts of %(theme)s are updated.")
                             % {"theme": form.cleaned_data["theme"].name})
    else:
        messages.error(request, _("Choose a theme."))
    return redirect(member.get_absolute_url())
