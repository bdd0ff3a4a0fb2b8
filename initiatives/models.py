"""The registry of AI initiatives and the themes shared with the vraagbaak."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from accounts.models import Organisation
from accounts.notifications.kinds import NotificationKind

from .importers.records import ImportResult
from .querysets import InitiativeQuerySet, ThemeQuerySet
from .vocabularies import (
    SOURCE_CREDIT,
    Beleidsterrein,
    Credit,
    PublicationState,
    RiskGroup,
    Source,
    Status,
    Technique,
    Transparency,
)


class Theme(models.Model):
    """The curated taxonomy of what AI is used for; shared by questions and initiatives."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    review_every_answer = models.BooleanField(
        _("review every answer"), default=False,
        help_text=_("Answers in this theme wait for an expert's approval before they are shown."),
    )
    experts = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("experts"), blank=True,
        related_name="expert_themes",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ThemeQuerySet.as_manager()

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("initiatives:theme-detail", args=[self.slug])


class Initiative(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    summary = models.CharField(_("summary"), max_length=400)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    lead_organisation = models.ForeignKey(
        Organisation, verbose_name=_("lead organisation"), on_delete=models.PROTECT,
        related_name="initiatives",
    )
    partner_organisations = models.ManyToManyField(
        Organisation, verbose_name=_("partner organisations"), blank=True,
        related_name="partner_initiatives",
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), related_name="initiatives")
    beleidsterrein = models.CharField(
        _("policy area"), max_length=40, choices=Beleidsterrein.choices, blank=True
    )
    tags = TaggableManager(verbose_name=_("tags"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    technique = models.CharField(
        _("AI technique"), max_length=30, choices=Technique.choices, default=Technique.OVERIG
    )
    risk_group = models.CharField(
        _("AI Act risk group"), max_length=30, choices=RiskGroup.choices,
        default=RiskGroup.ONBEPAALD,
    )
    transparency_obligation = models.CharField(
        _("transparency obligation (AI Act art. 50)"), max_length=20,
        choices=Transparency.choices, default=Transparency.ONBEPAALD,
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True, max_length=500)
    algoritmeregister_url = models.URLField(
        _("Algoritmeregister entry"), blank=True, max_length=500
    )
    source_code_url = models.URLField(_("source code"), blank=True, max_length=500)
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("contact person (member)"),
        on_delete=models.SET_NULL, null=True, blank=True, related_name="contact_initiatives",
    )
    results = models.TextField(_("results"), blank=True, help_text=_("Markdown."))
    lessons_learned = models.TextField(
        _("lessons learned"), blank=True, help_text=_("Markdown. Failures teach too.")
    )
    is_good_example = models.BooleanField(_("good example"), default=False)
    publication_state = models.CharField(
        _("publication state"), max_length=20, choices=PublicationState.choices,
        default=PublicationState.SUBMITTED,
    )
    review_note = models.TextField(_("note from the curator"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("submitted by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="submitted_initiatives",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="reviewed_initiatives",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("last confirmed up to date"), null=True, blank=True)
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.PORTAL
    )
    source_id = models.CharField(_("source id"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # PostgreSQL only (GIN-indexed by migration 0003): title A, summary and tags B, the rest C.
    search_vector = SearchVectorField(null=True, editable=False)
    # The notifications about the initiative (their target): deleted with it.
    notifications = GenericRelation(
        "notifications.Notification", content_type_field="target_type",
        object_id_field="target_id", related_query_name="initiative",
    )

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "source_id"],
                condition=~models.Q(source_id=""),
                name="initiative_unique_source_id",
            ),
        ]
        indexes = [
            models.Index(fields=["publication_state", "-updated_at"]),
            models.Index(fields=["status"]),
        ]
        permissions = [
            ("curate_initiative", _("Can review, publish and archive initiatives")),
            ("import_initiatives", _("Can import initiatives from open data")),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("initiatives:initiative-detail", args=[self.slug])

    def notification_url(self, notification) -> str:
        """Where a notification about the initiative leads: curators hear of changes, and
        once the entry is no longer public, their queue."""
        if notification.kind == NotificationKind.INITIATIVE_EDITED and not self.is_published:
            return reverse("initiatives:curation-queue")
        return self.get_absolute_url()

    @property
    def is_published(self) -> bool:
        return self.publication_state == PublicationState.PUBLISHED

    @property
    def credit(self) -> Credit | None:
        """The credit its source's licence asks for; None for entries made here."""
        return SOURCE_CREDIT.get(self.source)

    @property
    def attribution(self) -> str:
        return self.credit.text if self.credit else ""


class CurationStep(models.TextChoices):
    SUBMIT = "submit", _("Submitted")
    PUBLISH = "publish", _("Published")
    REQUEST_CHANGES = "request-changes", _("Changes requested")
    REJECT = "reject", _("Rejected")
    ARCHIVE = "archive", _("Archived")
    EDIT = "edit", _("Edited")
    CONFIRM = "confirm", _("Confirmed up to date")
    IMPORT = "import", _("Imported")
    MARK_GOOD_EXAMPLE = "good-example", _("Marked as good example")


class CurationAction(models.Model):
    """Append-only log of every step in an initiative's life: who did what, and why."""

    initiative = models.ForeignKey(
        Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE,
        related_name="curation_actions",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    step = models.CharField(_("step"), max_length=20, choices=CurationStep.choices)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("curation step")
        verbose_name_plural = _("curation log")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_step_display()}: {self.initiative}"


class InitiativeRevision(models.Model):
    """The public fields of an initiative as they were before an owner's edit."""

    initiative = models.ForeignKey(
        Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE,
        related_name="revisions",
    )
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("edited by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    data = models.JSONField(_("earlier version"))
    created_at = models.DateTimeField(_("edited at"), auto_now_add=True)

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.initiative} ({self.created_at:%Y-%m-%d %H:%M})"


class ImportJob(models.Model):
    """One run of an import, previewed (a dry run) or real, worked by the task worker.

    The file's text is kept in the row, not in MEDIA_ROOT: the worker runs in another
    container than the web process and shares only the database with it.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    file_name = models.CharField(_("file"), max_length=255)
    format = models.CharField(_("format"), max_length=10)
    country = models.CharField(_("only this country"), max_length=100, blank=True)
    publish = models.BooleanField(_("publish new entries at once"), default=False)
    dry_run = models.BooleanField(_("preview"), default=False)
    preview = models.ForeignKey(
        "self", verbose_name=_("confirms preview"), on_delete=models.SET_NULL, null=True,
        blank=True, related_name="confirmations",
    )
    content = models.TextField(_("file content"))
    language = models.CharField(_("language"), max_length=10, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.QUEUED
    )
    rows_done = models.PositiveIntegerField(_("rows done"), default=0)
    rows_total = models.PositiveIntegerField(_("rows in total"), null=True, blank=True)
    report = models.JSONField(_("report"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.file_name} ({self.get_state_display()})"

    @property
    def is_finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)

    def result(self):
        """The report as an importers.ImportResult, or None before the job is done."""
        return ImportResult.from_dict(self.report) if self.report else None
