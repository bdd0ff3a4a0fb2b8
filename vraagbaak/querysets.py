"""Reads of the vraagbaak. Visibility lives here, so pages, lists, feeds and search agree."""

from django.db import models
from django.db.models import Prefetch


def moderated_theme_ids(user) -> frozenset[int] | None:
    """None when `user` moderates every theme (a curator); else the themes they moderate.

    Imported late: permissions needs the models, which need these querysets.
    """
    from .permissions import expert_theme_ids, is_curator

    if user is None or not user.is_authenticated:
        return frozenset()
    if is_curator(user):
        return None
    return expert_theme_ids(user)


def _visible(queryset, user, *, public: models.Q, theme_fields: tuple[str, ...]):
    """`public` rows for everyone; the user's own rows; all rows in themes they moderate."""
    scope = moderated_theme_ids(user)
    if scope is None:
        return queryset
    if user is None or not user.is_authenticated:
        return queryset.filter(public)
    condition = public | models.Q(author=user)
    for field in theme_fields if scope else ():
        condition |= models.Q(**{f"{field}__in": scope})
    return queryset.filter(condition)


class QuestionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Questions not hidden by a moderator; the author and the theme's moderators see all."""
        return _visible(self, user, public=models.Q(is_hidden=False), theme_fields=("theme_id",))

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
        from .models import AnswerState

        return self.filter(state=AnswerState.PUBLISHED)

    def visible_to(self, user):
        """Published answers; the user's own in any state; all of them in themes they moderate."""
        from .models import AnswerState

        return _visible(self, user, public=models.Q(state=AnswerState.PUBLISHED),
                        theme_fields=("question__theme_id",))


class CommentQuerySet(models.QuerySet):
    def visible_to(self, user):
        return _visible(
            self, user, public=models.Q(is_hidden=False),
            theme_fields=("question__theme_id", "answer__question__theme_id"),
        )


def comments_prefetch(user, to_attr: str = "visible_comments") -> Prefetch:
    from .models import Comment

    return Prefetch(
        "comments",
        queryset=Comment.objects.visible_to(user).select_related("author__organisation"),
        to_attr=to_attr,
    )
