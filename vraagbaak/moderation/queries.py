"""Reads for moderation: the review queue, answer order, and what the question page needs.

Each function runs a fixed number of queries, whatever the number of items.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import BooleanField, Case, F, Q, Value, When
from django.utils import timezone

from ..models import (
    Answer,
    AnswerState,
    Comment,
    Flag,
    FlagReason,
    ModerationAction,
    Question,
    QuestionState,
    Subscription,
)
from ..permissions import can_moderate, can_moderate_theme, is_curator
from ..scope import expert_theme_ids
from ..workdays import asked_before_for

QUEUE_LIMIT = 50


def answer_display_order(question: Question) -> list:
    """order_by() arguments for a question's answers: the accepted one first, then current
    before outdated, then by score, then oldest first.

    Use: `question.answers.visible_to(user).order_by(*answer_display_order(question))`.
    """
    accepted = Case(
        When(pk=question.accepted_answer_id or 0, then=Value(True)),
        default=Value(False), output_field=BooleanField(),
    )
    return [accepted.desc(), F("is_outdated").asc(), F("score").desc(), F("created_at").asc(), "pk"]


@dataclass
class FlaggedPost:
    post: object
    kind: str  # "vraag", "antwoord" or "reactie": the URL segment of the action endpoints
    question: Question
    flags: list = field(default_factory=list)

    @property
    def possible_personal_data(self) -> bool:
        """Flagged for personal data: by a member, or by the check its author confirmed."""
        return any(flag.reason == FlagReason.PERSONAL_DATA for flag in self.flags)

    @property
    def reasons(self) -> list[str]:
        seen = []
        for flag in self.flags:
            label = flag.get_reason_display()
            if label not in seen:
                seen.append(label)
        return seen


def queue_theme_ids(user, *, scope: str = "", theme_slug: str = "") -> list[int] | None:
    """The themes the queue covers: None means every theme (a curator's default)."""
    from initiatives.models import Theme

    own = sorted(expert_theme_ids(user))
    # Curators see every theme unless they choose their own; experts only their own.
    ids = (own if scope == "mine" else None) if is_curator(user) else own
    if theme_slug:
        theme = Theme.objects.filter(slug=theme_slug).values_list("pk", flat=True).first()
        if theme is None or (ids is not None and theme not in ids):
            return []
        return [theme]
    return ids


def _in_themes(queryset, path: str, theme_ids):
    return queryset if theme_ids is None else queryset.filter(**{f"{path}__in": theme_ids})


def pending_answers(theme_ids):
    answers = Answer.objects.filter(state=AnswerState.PENDING).select_related(
        "author__organisation", "question__theme", "question__author"
    )
    return _in_themes(answers, "question__theme_id", theme_ids).order_by("created_at")[:QUEUE_LIMIT]


def answers_to_review(theme_ids, *, today=None):
    """"Te herzien": published answers past their review-by date, oldest date first."""
    answers = Answer.objects.filter(
        state=AnswerState.PUBLISHED, valid_until__lt=today or timezone.localdate()
    ).select_related("author__organisation", "question__theme", "verified_by")
    return _in_themes(answers, "question__theme_id", theme_ids).order_by("valid_until", "pk")[:QUEUE_LIMIT]


def flagged_posts(theme_ids) -> list[FlaggedPost]:
    flags = Flag.objects.filter(resolved_at__isnull=True).select_related(
        "reporter", "question__author", "question__theme",
        "answer__author", "answer__question__theme",
        "comment__author", "comment__question__theme", "comment__answer__question__theme",
    )
    grouped: dict[tuple[str, int], FlaggedPost] = {}
    for flag in _in_themes(flags, "theme_id", theme_ids).order_by("created_at")[: QUEUE_LIMIT * 5]:
        if flag.question_id:
            key, post, kind, question = ("q", flag.question_id), flag.question, "vraag", flag.question
        elif flag.answer_id:
            key, post, kind = ("a", flag.answer_id), flag.answer, "antwoord"
            question = flag.answer.question
        else:
            key, post, kind = ("c", flag.comment_id), flag.comment, "reactie"
            question = flag.comment.question or flag.comment.answer.question
        item = grouped.setdefault(key, FlaggedPost(post=post, kind=kind, question=question))
        item.flags.append(flag)
    return list(grouped.values())[:QUEUE_LIMIT]


def unanswered_questions(theme_ids, *, now=None):
    cutoff = asked_before_for(settings.UNANSWERED_EXPERT_DAYS, now or timezone.now())
    questions = Question.objects.public().filter(
        state=QuestionState.OPEN, answer_count=0, created_at__lt=cutoff
    ).select_related("author__organisation", "theme")
    return _in_themes(questions, "theme_id", theme_ids).order_by("created_at")[:QUEUE_LIMIT]


def question_moderation_context(question: Question, answers, user) -> dict:
    """What the moderation includes on a question page need, in a fixed number of queries.
    `answers` were read with_expert_mark(question.theme_id).

    Returns `can_moderate`, `following`, `flagged` (a set of "q17"/"a5"/"c9" keys the
    user flagged), and `history` (key → list of ModerationAction, for moderators only).
    The lead adds this to the question page's context as `moderation`.
    """
    answers = list(answers)
    moderator = can_moderate_theme(user, question.theme_id)
    context = {
        "can_moderate": moderator, "following": False, "flagged": set(), "history": {},
        # Authors of answers here who are experts of the theme carry the expert mark; the
        # answers' query tells (AnswerQuerySet.with_expert_mark).
        "theme_expert_ids": {answer.author_id for answer in answers if answer.by_theme_expert},
    }
    if not user.is_authenticated:
        return context
    context["following"] = Subscription.objects.filter(user=user, question=question).exists()
    answer_ids = [answer.pk for answer in answers]
    comment_ids = list(
        Comment.objects.filter(Q(question=question) | Q(answer_id__in=answer_ids)).values_list(
            "pk", flat=True
        )
    )
    flagged = Flag.objects.filter(reporter=user).filter(
        question=question
    ) | Flag.objects.filter(reporter=user, answer_id__in=answer_ids) | Flag.objects.filter(
        reporter=user, comment_id__in=comment_ids
    )
    for q_id, a_id, c_id in flagged.values_list("question_id", "answer_id", "comment_id"):
        context["flagged"].add(f"q{q_id}" if q_id else f"a{a_id}" if a_id else f"c{c_id}")
    if moderator:
        actions = (
            ModerationAction.objects.filter(question=question)
            | ModerationAction.objects.filter(answer_id__in=answer_ids)
            | ModerationAction.objects.filter(comment_id__in=comment_ids)
        ).select_related("actor").order_by("created_at", "pk")
        for action in actions:
            key = (f"q{action.question_id}" if action.question_id
                   else f"a{action.answer_id}" if action.answer_id else f"c{action.comment_id}")
            context["history"].setdefault(key, []).append(action)
    return context


def post_key(post) -> str:
    return {"question": "q", "answer": "a", "comment": "c"}[post._meta.model_name] + str(post.pk)


__all__ = [
    "answer_display_order",
    "answers_to_review",
    "can_moderate",
    "flagged_posts",
    "pending_answers",
    "post_key",
    "question_moderation_context",
    "queue_theme_ids",
    "unanswered_questions",
]
