"""Reads of the vraagbaak. Visibility lives here, so pages, lists, feeds and search agree."""

from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Prefetch

from accounts.models import User

from .choices import AnswerState
from .scope import moderated_theme_ids


def _own(user, prefix: str = "") -> models.Q:
    return models.Q(**{f"{prefix}author": user})


def _question_seen(user, prefix: str = "") -> models.Q:
    """Outside the themes the user moderates: the question is not hidden, or is their own."""
    condition = models.Q(**{f"{prefix}is_hidden": False})
    if user.is_authenticated:
        condition |= _own(user, prefix)
    return condition


def _answer_seen(user, prefix: str = "") -> models.Q:
    """Outside moderated themes: published or their own, and in a question they see."""
    condition = models.Q(**{f"{prefix}state": AnswerState.PUBLISHED})
    if user.is_authenticated:
        condition |= _own(user, prefix)
    return condition & _question_seen(user, f"{prefix}question__")


def _comment_seen(user) -> models.Q:
    """Outside moderated themes: not hidden or their own, on a question or answer they see.

    A comment belongs to a question or an answer; the other side is a NULL join, never true.
    """
    condition = models.Q(is_hidden=False)
    if user.is_authenticated:
        condition |= _own(user)
    return condition & (_question_seen(user, "question__") | _answer_seen(user, "answer__"))


def _visible(queryset, user, *, seen: models.Q, theme_fields: tuple[str, ...]):
    """Rows `seen` by the user (public, or their own inside a thread they see), and every row
    in the themes they moderate."""
    scope = moderated_theme_ids(user)
    if scope is None:
        return queryset
    condition = seen
    for field in theme_fields if scope else ():
        condition |= models.Q(**{f"{field}__in": scope})
    return queryset.filter(condition)


class QuestionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Questions not hidden by a moderator; the author and the theme's moderators see all."""
        user = user or AnonymousUser()
        return _visible(self, user, seen=_question_seen(user), theme_fields=("theme_id",))

    def public(self):
        return self.filter(is_hidden=False)

    def for_list(self):
        """What a row of a question list shows, in a fixed number of queries."""
        # Tags into a plain list: prefetching into `tags` makes Django build one taggit
        # queryset per row to hold them, which cost more than the rest of the page.
        return self.select_related("author__organisation", "theme").prefetch_related(
            Prefetch("tags", to_attr="tag_list")
        )

    def unanswered(self):
        return self.filter(answer_count=0)


class AnswerQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=AnswerState.PUBLISHED)

    def visible_to(self, user):
        """Published answers and the user's own, in a question the user sees; all of them in
        themes they moderate. The author of an answer in a hidden question no longer sees it:
        the thread is out of their sight (permissions.post_is_visible says the same)."""
        user = user or AnonymousUser()
        return _visible(self, user, seen=_answer_seen(user), theme_fields=("question__theme_id",))

    def with_expert_mark(self, theme_id: int):
        """`by_theme_expert` on each answer: its author is an expert of the theme (with the
        powers experts_of asks), in the answers' own query."""
        experts = User.objects.experts_of(theme_id).filter(pk=models.OuterRef("author_id"))
        return self.annotate(by_theme_expert=models.Exists(experts))


class CommentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Comments not hidden and the user's own, on a question or answer the user sees; all
        of them in themes they moderate."""
        user = user or AnonymousUser()
        return _visible(
            self, user, seen=_comment_seen(user),
            theme_fields=("question__theme_id", "answer__question__theme_id"),
        )

    def on_thread(self, question, answers):
        """The comments on `question` and on `answers` (its answers the reader sees), with their
        authors, in one query; comments_by_post() hands them to their posts."""
        return self.filter(
            models.Q(question=question) | models.Q(answer__in=[answer.pk for answer in answers])
        ).select_related("author__organisation")
