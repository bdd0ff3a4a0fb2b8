"""What members add around posts: comments, votes, and the history of edits."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..querysets import CommentQuerySet

# A comment, vote or revision belongs to exactly one post: a question or an answer.
ONE_POST = Q(question__isnull=False, answer__isnull=True) | Q(
    question__isnull=True, answer__isnull=False
)


class Comment(models.Model):
    question = models.ForeignKey(
        "vraagbaak.Question", on_delete=models.CASCADE, null=True, blank=True,
        related_name="comments",
    )
    answer = models.ForeignKey(
        "vraagbaak.Answer", on_delete=models.CASCADE, null=True, blank=True,
        related_name="comments",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT,
        related_name="comments",
    )
    body = models.TextField(_("comment"), max_length=600)
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at"]
        constraints = [models.CheckConstraint(condition=ONE_POST, name="comment_on_one_post")]

    def __str__(self):
        return self.body[:60]

    @property
    def thread(self):
        """The question whose page shows this comment: the one it is on, or its answer's.

        Not `question`: that is the field of a comment on the question itself."""
        return self.question or self.answer.question

    @property
    def theme_id(self) -> int:
        return self.thread.theme_id

    def set_hidden(self, hidden: bool, *, reason: str = "", note: str = "") -> list[str]:
        """Mark the comment hidden by a moderator (or not); the names to save. A comment
        keeps no note."""
        self.is_hidden, self.hidden_reason = hidden, reason
        return ["is_hidden", "hidden_reason"]


class Vote(models.Model):
    UP = 1
    DOWN = -1

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="votes"
    )
    question = models.ForeignKey(
        "vraagbaak.Question", on_delete=models.CASCADE, null=True, blank=True,
        related_name="votes",
    )
    answer = models.ForeignKey(
        "vraagbaak.Answer", on_delete=models.CASCADE, null=True, blank=True,
        related_name="votes",
    )
    value = models.SmallIntegerField(choices=[(UP, _("Up")), (DOWN, _("Down"))])
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.CheckConstraint(condition=ONE_POST, name="vote_on_one_post"),
            models.CheckConstraint(condition=Q(value__in=[1, -1]), name="vote_value_up_or_down"),
            models.UniqueConstraint(
                fields=["user", "question"], condition=Q(question__isnull=False),
                name="one_vote_per_user_per_question",
            ),
            models.UniqueConstraint(
                fields=["user", "answer"], condition=Q(answer__isnull=False),
                name="one_vote_per_user_per_answer",
            ),
        ]

    def __str__(self):
        return f"{self.user_id}: {self.value:+d}"


class Revision(models.Model):
    """One saved version of a question or answer: the first as written, then one per edit.

    The newest revision is the post's current text; vraagbaak/services/revisions.py
    uses it to refuse an edit based on an older version.
    """

    question = models.ForeignKey(
        "vraagbaak.Question", on_delete=models.CASCADE, null=True, blank=True,
        related_name="revisions",
    )
    answer = models.ForeignKey(
        "vraagbaak.Answer", on_delete=models.CASCADE, null=True, blank=True,
        related_name="revisions",
    )
    title = models.CharField(_("title"), max_length=150, blank=True)
    body = models.TextField(_("text"))
    tags = models.CharField(_("tags"), max_length=300, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("edited by"), on_delete=models.PROTECT,
        related_name="revisions",
    )
    summary = models.CharField(_("edit summary"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("edited at"), default=timezone.now)

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["created_at", "pk"]
        constraints = [models.CheckConstraint(condition=ONE_POST, name="revision_of_one_post")]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.summary}"
