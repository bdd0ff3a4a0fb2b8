"""People and the government organisations they work for."""

import re
import unicodedata

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .organisation_models import OrganisationDomain, OrganisationLogEntry  # noqa: F401
from .querysets import OrganisationQuerySet, UserQuerySet


class OrganisationType(models.TextChoices):
    """The Algoritmeregister's organisation types."""

    GEMEENTE = "gemeente", _("Municipality")
    PROVINCIE = "provincie", _("Province")
    WATERSCHAP = "waterschap", _("Water board")
    MINISTERIE = "ministerie", _("Ministry")
    AGENTSCHAP = "agentschap", _("Agency")
    ZBO = "zelfstandig_bestuursorgaan", _("Independent administrative body")
    INSPECTIE = "inspectie", _("Inspectorate")
    POLITIE = "politie", _("Police")
    RECHTSPRAAK = "rechtspraak", _("Judiciary")
    HOOG_COLLEGE = "hoog_college_van_staat", _("High Council of State")
    VEILIGHEIDSREGIO = "veiligheidsregio", _("Safety region")
    OMGEVINGSDIENST = "omgevingsdienst", _("Environmental service")
    REGIONAAL = "regionaal_samenwerkingsorgaan", _("Regional partnership")
    KOEPEL = "koepelorganisatie", _("Umbrella organisation")
    CARIBISCH = "caribisch_openbaar_lichaam", _("Caribbean public body")
    OVERIG = "overig", _("Other")


# "Uitvoeringsorganisatie" is a filter group over these types, not a type of its own.
UITVOERINGSORGANISATIE_TYPES = (OrganisationType.AGENTSCHAP, OrganisationType.ZBO)


def normalise_organisation_name(name: str) -> str:
    """Fold a name to the key used to match spellings: case, accents, spacing, punctuation."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return " ".join(text.split())


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    type = models.CharField(
        _("type"), max_length=40, choices=OrganisationType.choices, default=OrganisationType.OVERIG
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("For example a directorate under a ministry."),
    )

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [models.Index(fields=["type", "name"])]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("accounts:organisation-detail", args=[self.slug])


class OrganisationAlias(models.Model):
    """Another spelling of an organisation's name, used when importing open data."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE,
        related_name="aliases",
    )
    name = models.CharField(_("name as written elsewhere"), max_length=300)
    normalised = models.CharField(max_length=300, unique=True, editable=False)

    class Meta:
        verbose_name = _("organisation alias")
        verbose_name_plural = _("organisation aliases")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # The key is derived data, never typed: keep it in step with the name.
        self.normalised = normalise_organisation_name(self.name)
        super().save(*args, **kwargs)


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A civil servant. The e-mail address is the login and is never shown publicly."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(
        _("display name"), max_length=100, blank=True,
        help_text=_("Shown with your questions and answers."),
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="members",
    )
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    # Visitors see a theme's experts only when they chose so; signed-in members always do.
    listed_as_expert = models.BooleanField(
        _("list me publicly as an expert of my themes"), default=False,
        help_text=_("Only for experts: visitors who are not signed in see your name on the pages "
                    "of your themes and your organisation. Members always see it."),
    )
    # The language of e-mails and notifications sent outside a request.
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="nl",
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["display_name", "email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_ci_unique"),
        ]
        permissions = [
            ("appoint_expert", _("Can appoint experts")),
        ]

    def __str__(self):
        return self.public_name

    @property
    def public_name(self) -> str:
        """The name shown to others: never the e-mail address."""
        return self.display_name or _("Member %(id)s") % {"id": self.pk}

    def get_absolute_url(self):
        return reverse("accounts:profile", args=[self.pk])


class AccessRequest(models.Model):
    """Someone whose address is not of an allowed domain asks to join; a curator decides."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    email = models.EmailField(_("e-mail address"))
    name = models.CharField(_("name"), max_length=150)
    organisation_name = models.CharField(_("organisation"), max_length=200)
    motivation = models.TextField(
        _("why you want to join"), max_length=2000,
        help_text=_("For example your role and what you work on with AI."),
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices,
                             default=State.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    # Set on approval: the member joins it at sign-up (when its domain does not say so).
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation joined"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    # The curators' notifications of the request (their target): deleted with it.
    notifications = GenericRelation(
        "notifications.Notification", content_type_field="target_type",
        object_id_field="target_id", related_query_name="access_request",
    )

    class Meta:
        verbose_name = _("access request")
        verbose_name_plural = _("access requests")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["email", "state"])]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    def get_absolute_url(self):
        """The curator's page to decide it; the list once somebody decided."""
        if self.state == self.State.PENDING:
            return reverse("accounts:access-request-decide", args=[self.pk])
        return reverse("accounts:access-request-list")

    @property
    def title(self) -> str:
        """What a curator's notification of the request names."""
        return f"{self.name} ({self.organisation_name})"


class AccountAuditQuerySet(models.QuerySet):
    """The account audit is append-only: bulk updates and deletes are refused."""

    def update(self, **kwargs):
        raise TypeError("The account audit is append-only.")

    def delete(self):
        raise TypeError("The account audit is append-only.")


class AccountAuditEntry(models.Model):
    """A change someone made to another person's account: roles, password, e-mail, status."""

    class Action(models.TextChoices):
        ROLES = "roles", _("Roles changed")
        PASSWORD = "password", _("Password changed")
        EMAIL = "email", _("E-mail address changed")
        ACTIVE = "active", _("Activated or deactivated")
        STAFF = "staff", _("Staff or superuser status changed")
        DELETED = "deleted", _("Account deleted")

    # SET_NULL, not PROTECT: accounts may be deleted; the address below keeps who it was.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("changed by"), on_delete=models.SET_NULL,
        null=True, related_name="+",
    )
    target = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), on_delete=models.SET_NULL,
        null=True, related_name="account_audit_entries",
    )
    target_email = models.EmailField(_("e-mail address of the account"))
    action = models.CharField(_("change"), max_length=10, choices=Action.choices)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    created_at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    objects = AccountAuditQuerySet.as_manager()

    class Meta:
        verbose_name = _("account audit entry")
        verbose_name_plural = _("account audit")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()}: {self.target_email}"


class SubmissionToken(models.Model):
    """A create form's one-time token, claimed by the request that saved the form.

    A second submit of the same form (a double click, the back button, a retry after a
    lost answer) finds the token claimed and leads to what the first one made
    (accounts/submissions.py). The unique key makes two submits at once wait for each other.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="one_use_per_submission_token"),
        ]

    def __str__(self):
        return self.token
