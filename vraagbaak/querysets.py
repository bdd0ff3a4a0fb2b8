"""Reads of the vraagbaak. Visibility lives here, so pages, lists, feeds and search agree."""

from django.db import models
from django.db.models import Prefetch

from accounts.permissions import can_use_powers


def can_moderate(user) -> bool:
    """Experts and curators (with two-factor authentication) see and handle every post."""
    return bool(
        user is not None
        and user.is_authenticated
        and can_use_powers(user)
        and user.has_perm("vraagbaak.moderate_post")
    )


class QuestionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Questions not hidden by a moderator; the author and moderators also see hidden ones."""
        if can_moderate(user):
            return self
        if user is not None and user.is_authenticated:
            return self.filter(models.Q(is_hidden=False) | models.Q(author=user))
        return self.filter(is_hidden=False)

    def public(self):
        return self.filter(is_hidden=False)

    def for_list(self):
        """What a row of a question list shows, in a fixed number of queries."""
        return self.select_related("author__organisation", "theme").prefetch_related("tags")

    def unanswered(self):
        return self.filter(answer_count=0)


class AnswerQuerySet(models.QuerySet):
    def published(self):
        from .models import AnswerState

        return self.filter(state=AnswerState.PUBLISHED)

    def visible_to(self, user):
        """Published answers; plus the user's own answers in any state; moderators see all."""
        from .models import AnswerState

        if can_moderate(user):
            return self
        if user is not None and user.is_authenticated:
            return self.filter(models.Q(state=AnswerState.PUBLISHED) | models.Q(author=user))
        return self.filter(state=AnswerState.PUBLISHED)


class CommentQuerySet(models.QuerySet):
    def visible_to(self, user):
        if can_moderate(user):
            return self
        if user is not None and user.is_authenticated:
            return self.filter(models.Q(is_hidden=False) | models.Q(author=user))
        return self.filter(is_hidden=False)


def comments_prefetch(user, to_attr: str = "visible_comments") -> Prefetch:
    from .models import Comment

    return Prefetch(
        "comments",
        queryset=Comment.objects.visible_to(user).select_related("author__organisation"),
        to_attr=to_attr,
    )
