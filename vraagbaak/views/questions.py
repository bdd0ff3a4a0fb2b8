"""Questions: the list, asking one, reading one, editing one."""

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.validators import slug_re
from django.db.models import Case, IntegerField, Q, Value, When
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import ListView
from taggit.models import Tag

from accounts.read_only import ReadOnlyMixin, read_only
from accounts.submissions import SENT_BEFORE, submission_earlier, submission_record
from initiatives.markup import render_markdown
from initiatives.models import Initiative
from initiatives.responses import render_partial

from ..forms import (
    TITLE_MAX,
    AnswerCreateForm,
    CommentForm,
    QuestionAskForm,
    QuestionEditForm,
    QuestionFilterForm,
    SourceFormSet,
)
from ..fragments import cached_related, for_visitors
from ..models import Answer, AnswerState, Comment, Question, Vote
from ..moderation.queries import answer_display_order, question_moderation_context
from ..moderation.services import post_mark_possible_personal_data
from ..permissions import can_accept, can_delete, can_edit, can_post, can_vote
from ..search import question_page_neighbours, similar_questions, stored_neighbours
from ..search.answers import matched_answers
from ..services.questions import (
    question_count_view,
    question_create,
    question_edit,
    question_recent_duplicate,
)
from ..services.revisions import latest_revision_id
from ..site.pagination import CachedCountPaginator
from .editing import edit_post


class QuestionListView(ReadOnlyMixin, ListView):
    paginate_by = 20
    paginator_class = CachedCountPaginator
    template_name = "vraagbaak/question_list.html"

    def get_queryset(self):
        self.filter_form = QuestionFilterForm(self.request.GET or None)
        questions = Question.objects.visible_to(self.request.user).for_list()
        return self.filter_form.apply(questions)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.filter_form
        matched_answers(context["object_list"])  # a keyword found through an answer
        tag_slug = self.filter_form.valid_data().get("tag")
        context["tag"] = Tag.objects.filter(slug=tag_slug).first() if tag_slug else None
        return context


def popular_tags(limit: int = 15):
    from django.db.models import Count

    return (
        Tag.objects.filter(taggit_taggeditem_items__content_type__model="question")
        .annotate(uses=Count("taggit_taggeditem_items"))
        .order_by("-uses", "name")[:limit]
    )


@login_required
def question_ask(request):
    """Ask a question; a preview and a check for similar questions come before saving."""
    initial = {}
    slug = request.GET.get("initiatief", "")
    # Only a slug an initiative can have is looked up: anything else is a mistyped link, ignored.
    if slug_re.match(slug) and len(slug) <= Initiative._meta.get_field("slug").max_length:
        initiative = Initiative.objects.published().filter(slug=slug).first()
        if initiative is not None:
            initial["initiatives"] = [initiative]
            initial["theme"] = initiative.themes.first()
    # "Ask the experts" from a search that found nothing close brings the query along.
    title = " ".join(request.GET.get("titel", "").split())[:TITLE_MAX]
    if title:
        initial["title"] = title
    form = QuestionAskForm(request.POST or None, initial=initial)
    action = request.POST.get("action", "post")
    context = {"form": form, "popular_tags": popular_tags()}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if action == "preview":
            context["preview"] = render_markdown(data["body"])
        else:
            similar = similar_questions(Question.objects.visible_to(request.user), data["title"])
            # Without JavaScript, similar questions are shown once before saving;
            # the script marks the form when it already showed them while typing.
            # A second submit (same token, or the same title within minutes) is the first post.
            recent = question_recent_duplicate(author=request.user, title=data["title"])
            earlier = submission_earlier(
                user=request.user, token=form.form_token,
                recent_url=recent.get_absolute_url() if recent else None,
                claim=not (similar and request.POST.get("similar_checked") != data["title"]))
            if earlier is not None:
                messages.info(request, SENT_BEFORE)
                return redirect(earlier or "vraagbaak:question-list")
            if similar and request.POST.get("similar_checked") != data["title"]:
                context.update(similar=similar, confirming=True)
            else:
                question = question_create(
                    author=request.user, title=data["title"], body=data["body"],
                    theme=data["theme"], tags=data["tags"], initiatives=data["initiatives"],
                )
                post_mark_possible_personal_data(post=question, author=request.user,
                                                 kinds=form.confirmed_personal_data)
                submission_record(user=request.user, token=form.form_token,
                                  url=question.get_absolute_url())
                messages.success(request, _("Your question has been posted."))
                return redirect(question)
    elif request.method == "POST" and action == "preview":
        context["preview"] = render_markdown(request.POST.get("body", ""))
    return render(request, "vraagbaak/question_form.html", context)


def similar(request):
    """The fragment of similar questions for the title being typed (progressive enhancement)."""
    title = request.GET.get("title", "")[:150]
    questions = similar_questions(Question.objects.visible_to(request.user), title) if len(title) >= 8 else []
    return render_partial(request, "vraagbaak/question_form.html", "similar",
                          {"similar": questions, "title": title})


def _ordered_answers(question: Question, user):
    accepted = question.accepted_answer_id or 0
    return (
        Answer.objects.visible_to(user)
        .filter(question=question)
        .select_related("author__organisation", "verified_by", "official_organisation")
        .prefetch_related("sources")
        .with_expert_mark(question.theme_id)
        .annotate(is_accepted=Case(When(pk=accepted, then=Value(1)), default=Value(0),
                                   output_field=IntegerField()))
        .order_by(*answer_display_order(question))
    )


def comments_by_post(comments) -> dict[tuple[str, int], list]:
    """Comments by the post they belong to: ("q", question id) or ("a", answer id), in order."""
    by_post: dict[tuple[str, int], list] = {}
    for comment in comments:
        key = ("q", comment.question_id) if comment.question_id else ("a", comment.answer_id)
        by_post.setdefault(key, []).append(comment)
    return by_post


def _my_votes(user, question: Question, answers) -> dict:
    if not user.is_authenticated:
        return {}
    votes = Vote.objects.filter(
        Q(question=question) | Q(answer__in=[answer.pk for answer in answers]), user=user
    ).values_list("question_id", "answer_id", "value")
    return {("q", q) if q else ("a", a): value for q, a, value in votes}


def _client_ip(request) -> str:
    """The visitor's address as allauth's rate limits see it (behind a proxy too)."""
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return ""


def _reader_side(question: Question, user) -> dict:
    """The answers, the thread's comments, moderation context, duplicates and neighbours of a
    question page."""
    answers = list(_ordered_answers(question, user))
    comments = comments_by_post(Comment.objects.visible_to(user).on_thread(question, answers))
    for answer in answers:
        answer.visible_comments = comments.get(("a", answer.pk), [])
    return {
        "answers": answers,
        "question_comments": comments.get(("q", question.pk), []),
        "moderation": question_moderation_context(question, answers, user),
        # Stored neighbours when the worker computed them; else the cached full-text choice.
        # With the duplicates closed as this question (read with the related questions).
        **question_page_neighbours(Question.objects.visible_to(user).select_related("theme"),
                                   question, stored=stored_neighbours(question),
                                   fallback=lambda: cached_related(user, question)),
    }


@read_only
def question_detail(request, pk: int, slug: str | None = None):
    question = get_object_or_404(
        Question.objects.visible_to(request.user)
        .select_related("author__organisation", "theme")
        .prefetch_related("tags"),  # its linked initiatives: with the suggested ones (_reader_side)
        pk=pk,
    )
    if slug != question.slug:
        return redirect(question, permanent=True)
    count_visit(request, question_id=question.pk)
    user = request.user
    if user.is_authenticated:
        side = _reader_side(question, user)
    else:  # alike for every visitor: built once per version of the content
        side = for_visitors("question", question.pk, lambda: _reader_side(question, user))
    answers = side["answers"]
    question.visible_comments = side["question_comments"]
    votes = _my_votes(user, question, answers)
    question.my_vote = votes.get(("q", question.pk), 0)
    question.can_vote = can_vote(user, question)
    question.can_edit = can_edit(user, question)
    question.can_delete = can_delete(user, question)
    for answer in answers:
        answer.question = question  # permission checks read the theme without a query
        answer.my_vote = votes.get(("a", answer.pk), 0)
        answer.can_vote = can_vote(user, answer)
        answer.can_edit = can_edit(user, answer)
        answer.is_pending = answer.state in (AnswerState.PENDING, AnswerState.CHANGES_REQUESTED)
    has_answered = any(answer.author_id == user.pk for answer in answers)
    context = {
        **side,
        "question": question,
        "can_accept": can_accept(user, question),
        "can_post": can_post(user),
        "has_answered": has_answered,
        "answer_form": AnswerCreateForm(user=user),
        "sources": SourceFormSet(prefix="bron"),
        "comment_form": CommentForm(),
    }
    response = render(request, "vraagbaak/question_detail.html", context)
    # Served again from the page cache to other visitors, each of them counts (page_cache.py).
    response.page_cache_on_hit = ("vraagbaak.views.questions.count_visit", {"question_id": question.pk})
    return response


def count_visit(request, *, question_id: int) -> None:
    question_count_view(question_id=question_id, user=request.user, client_ip=_client_ip(request),
                        user_agent=request.headers.get("User-Agent", ""))


@login_required
def question_edit_view(request, pk: int):
    question = get_object_or_404(Question.objects.visible_to(request.user), pk=pk)
    if not can_edit(request.user, question):
        raise PermissionDenied
    initial = {
        "title": question.title, "body": question.body, "theme": question.theme,
        "tags": ", ".join(sorted(tag.name for tag in question.tags.all())),
        "base_revision": latest_revision_id(question=question),
    }
    return edit_post(
        request,
        form=QuestionEditForm(request.POST or None, initial=initial),
        context={"question": question},
        template="vraagbaak/question_edit.html",
        save=lambda data: question_edit(
            question=question, editor=request.user, title=data["title"], body=data["body"],
            theme=data["theme"], tags=data["tags"], summary=data["summary"],
            base_revision_id=data["base_revision"],
        ),
    )


@require_POST
def markdown_preview(request):
    """The rendered Markdown as an HTML fragment, for the live preview."""
    from ..forms import PreviewForm

    if not request.user.is_authenticated:
        raise PermissionDenied
    form = PreviewForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    return render(request, "vraagbaak/includes/preview.html", {"preview": render_markdown(text)})
