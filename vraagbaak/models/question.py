from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from initiatives.markup import render_markdown
from initiatives.models import Initiative, Theme

from ..choices import CloseReason, QuestionState
from ..querysets import QuestionQuerySet


class Question(models.Model):
    title = models.CharField(_("title"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160, allow_unicode=False)
    body = models.TextField(_("question"), help_text=_("Markdown."))
    # The body rendered and sanitised once, when it is saved (services), never per request.
    body_html = models.TextField(_("body as HTML"), blank=True, default="", editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("asked by"), on_delete=models.PROTECT,
        related_name="questions",
    )
    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), on_delete=models.PROTECT, related_name="questions"
    )
    tags = TaggableManager(verbose_name=_("tags"), blank=True)
    initiatives = models.ManyToManyField(
        Initiative, verbose_name=_("related initiatives"), blank=True, related_name="questions"
    )
    state = models.CharField(
        _("state"), max_length=12, choices=QuestionState.choices, default=QuestionState.OPEN
    )
    close_reason = models.CharField(
        _("reason for closing"), max_length=12, choices=CloseReason.choices, blank=True
    )
    close_note = models.TextField(_("note on closing"), blank=True)
    duplicate_of = models.ForeignKey(
        "self", verbose_name=_("duplicate of"), on_delete=models.SET_NULL, null=True,
        blank=True, related_name="duplicates",
    )
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    accepted_answer = models.OneToOneField(
        "vraagbaak.Answer", verbose_name=_("accepted answer"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="accepted_for",
    )
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=40, blank=True)
    hidden_note = models.TextField(_("note on hiding"), blank=True)
    # Denormalised counters, kept up to date by the services in the same transaction.
    score = models.IntegerField(_("score"), default=0)
    answer_count = models.PositiveIntegerField(_("answers"), default=0)
    view_count = models.PositiveIntegerField(_("views"), default=0)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # PostgreSQL only: title (A), body (B), tags and published answers (C).
    search_vector = SearchVectorField(null=True, editable=False)
    # The notifications about the question and its answers (their context): deleted with it.
    notifications = GenericRelation(
        "notifications.Notification", content_type_field="context_type",
        object_id_field="context_id", related_query_name="question",
    )

    objects = QuestionQuerySet.as_manager()

    # Set on search results only (search/views.py, search/answers.py). None elsewhere, so a
    # list row does not look them up in vain: a template's failed lookup costs an exception
    # and a dir() of the instance, three per row (docs/speed.md, "Template profile").
    title_html = snippet_html = matched_answer = None

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["-last_activity_at"]),
            models.Index(fields=["-created_at"]),
            models.Index(fields=["state", "-created_at"]),
            models.Index(fields=["theme", "-created_at"]),
        ]
        permissions = [
            ("moderate_post", _("Can moderate questions, answers and comments")),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("vraagbaak:question-detail", args=[self.pk, self.slug or "-"])

    @property
    def body_rendered(self) -> SafeString:
        """The body as sanitised HTML: stored on save; rendered here only for a row saved without."""
        if self.body_html:
            return mark_safe(self.body_html)  # noqa: S308 (sanitised by render_markdown on save)
        return render_markdown(self.body)

    @property
    def thread(self) -> "Question":
        """The question whose page shows this post: for a question, itself."""
        return self

    @property
    def thread_id(self) -> int:
        return self.pk

    @property
    def takes_answers(self) -> bool:
        """Closed questions take no new answers; comments, votes and accepting go on."""
        return self.state != QuestionState.CLOSED

    def set_hidden(self, hidden: bool, *, reason: str = "", note: str = "") -> list[str]:
        """Mark the question hidden by a moderator (or not); the names to save."""
        self.is_hidden, self.hidden_reason, self.hidden_note = hidden, reason, note
        return ["is_hidden", "hidden_reason", "hidden_note", "updated_at"]
