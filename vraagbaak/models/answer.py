from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from initiatives.markup import render_markdown

from ..choices import AnswerKind, AnswerState, SourceKind
from ..querysets import AnswerQuerySet


class Answer(models.Model):
    question = models.ForeignKey(
        "vraagbaak.Question", verbose_name=_("question"), on_delete=models.CASCADE,
        related_name="answers",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("answered by"), on_delete=models.PROTECT,
        related_name="answers",
    )
    body = models.TextField(_("answer"), help_text=_("Markdown."))
    # The body rendered and sanitised once, when it is saved (services), never per request.
    body_html = models.TextField(_("body as HTML"), blank=True, default="", editable=False)
    state = models.CharField(
        _("state"), max_length=12, choices=AnswerState.choices, default=AnswerState.PUBLISHED
    )
    score = models.IntegerField(_("score"), default=0)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("verified by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="verified_answers",
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    kind = models.CharField(_("kind of answer"), max_length=16, choices=AnswerKind.choices,
                            default=AnswerKind.EXPERIENCE)
    # For an official position: the organisation it speaks for (the author's, when written).
    official_organisation = models.ForeignKey(
        "accounts.Organisation", verbose_name=_("official position of"), on_delete=models.PROTECT,
        null=True, blank=True, related_name="official_answers",
    )
    # A verified answer is to be reviewed by this date (12 months after verification unless
    # the expert chose otherwise); after it the answer shows as possibly outdated.
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    review_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    is_outdated = models.BooleanField(_("outdated"), default=False)
    outdated_note = models.TextField(_("why it is outdated"), blank=True)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=40, blank=True)
    moderation_note = models.TextField(_("note from the moderator"), blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_at = models.DateTimeField(_("answered at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # The notifications that lead to the answer (their target): deleted with it.
    notifications = GenericRelation(
        "notifications.Notification", content_type_field="target_type",
        object_id_field="target_id", related_query_name="answer",
    )

    objects = AnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["created_at"]
        indexes = [
            models.Index(fields=["question", "state"]),
            models.Index(fields=["state", "created_at"]),
            # The posting policy counts an author's published answers (policy.py): without it
            # PostgreSQL may AND the author's rows with every published answer of the site.
            models.Index(fields=["author", "state"]),
        ]

    def __str__(self):
        return _("Answer to “%(title)s”") % {"title": self.question.title}

    def get_absolute_url(self):
        return f"{self.question.get_absolute_url()}#antwoord-{self.pk}"

    @classmethod
    def notification_queryset(cls):
        """How notifications load the answers they lead to: with the question, which their
        wording names and their link needs (accounts.notifications)."""
        return cls.objects.select_related("question")

    @property
    def body_rendered(self) -> SafeString:
        """The body as sanitised HTML: stored on save; rendered here only for a row saved without."""
        if self.body_html:
            return mark_safe(self.body_html)  # noqa: S308 (sanitised by render_markdown on save)
        return render_markdown(self.body)

    @property
    def is_expired(self) -> bool:
        """Verified, and past its review-by date: possibly outdated."""
        return bool(self.valid_until and self.valid_until < timezone.localdate())

    @property
    def is_published(self) -> bool:
        return self.state == AnswerState.PUBLISHED

    @property
    def is_hidden(self) -> bool:
        """Hidden by a moderator, as `is_hidden` says of a question or comment."""
        return self.state == AnswerState.HIDDEN

    @property
    def thread(self):
        """The question whose page shows this answer."""
        return self.question

    @property
    def thread_id(self) -> int:
        """The thread's key without loading the question."""
        return self.question_id

    @property
    def theme_id(self) -> int:
        """The theme of the question, as on every post (loads the question if not loaded)."""
        return self.question.theme_id

    def set_hidden(self, hidden: bool, *, reason: str = "", note: str = "") -> list[str]:
        """Hide the answer (or publish it again: a restored answer is published); the names
        to save."""
        self.hidden_reason, self.moderation_note = reason, note
        if hidden:
            self.state = AnswerState.HIDDEN
            return ["state", "hidden_reason", "moderation_note", "updated_at"]
        self.state = AnswerState.PUBLISHED
        self.published_at = self.published_at or timezone.now()
        return ["state", "published_at", "hidden_reason", "moderation_note", "updated_at"]


class AnswerSource(models.Model):
    """A typed link an answer rests on."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(_("kind of source"), max_length=16, choices=SourceKind.choices)
    url = models.URLField(_("link"), max_length=500)
    title = models.CharField(_("title"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title or self.url
