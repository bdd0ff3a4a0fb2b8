"""The states and reasons of questions, answers and moderation: a leaf, so that models,
querysets, permissions and forms can all name them without importing each other."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionState(models.TextChoices):
    OPEN = "open", _("Open")
    ANSWERED = "answered", _("Answered")
    RESOLVED = "resolved", _("Resolved")
    CLOSED = "closed", _("Closed")


class CloseReason(models.TextChoices):
    DUPLICATE = "duplicate", _("Duplicate of another question")
    OFF_TOPIC = "off-topic", _("Outside the scope of the vraagbaak")
    UNCLEAR = "unclear", _("Unclear: more information needed")
    OUTDATED = "outdated", _("Outdated")


class AnswerState(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    CHANGES_REQUESTED = "changes", _("Changes requested")
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")


class AnswerKind(models.TextChoices):
    """Whose voice an answer speaks in. Only experts and curators give an official position,
    and only of their own organisation (vraagbaak.permissions.can_answer_officially)."""

    EXPERIENCE = "experience", _("Personal experience")
    EXPERT_ADVICE = "expert-advice", _("Advice from an expert")
    OFFICIAL = "official", _("Official position")


class SourceKind(models.TextChoices):
    LAW = "law", _("Law or regulation")
    GUIDANCE = "guidance", _("Guidance")
    REGISTRY = "registry", _("A case in the registry")
    ALGORITMEKADER = "algoritmekader", _("Algoritmekader")
    OTHER = "other", _("Other source")


class FlagReason(models.TextChoices):
    """vocabularies.md: why a member flags a post."""

    SPAM = "spam", _("Spam")
    OFFENSIVE = "offensive", _("Offensive or inappropriate")
    WRONG = "wrong", _("Incorrect or misleading")
    OUTDATED = "outdated", _("Outdated")
    PERSONAL_DATA = "personal-data", _("Contains personal data")
    OTHER = "other", _("Other")


class HideReason(models.TextChoices):
    """Why a moderator (or the flag threshold) hid a post; the author is shown this."""

    SPAM = "spam", _("Spam")
    OFFENSIVE = "offensive", _("Offensive or inappropriate")
    WRONG = "wrong", _("Incorrect or misleading")
    PERSONAL_DATA = "personal-data", _("Contains personal data")
    OFF_TOPIC = "off-topic", _("Outside the scope of the vraagbaak")
    DUPLICATE = "duplicate", _("Duplicate")
    OTHER = "other", _("Other")
    # Set automatically when a post reaches the flag threshold; a moderator decides next.
    FLAGGED = "flagged", _("Flagged by several members, awaiting review")


class ActionKind(models.TextChoices):
    APPROVE = "approve", _("Approved")
    REQUEST_CHANGES = "request-changes", _("Requested changes")
    HIDE = "hide", _("Hidden")
    AUTO_HIDE = "auto-hide", _("Hidden after flags")
    RESTORE = "restore", _("Restored")
    VERIFY = "verify", _("Verified")
    UNVERIFY = "unverify", _("Verification cleared")
    MARK_OUTDATED = "outdated", _("Marked outdated")
    CLEAR_OUTDATED = "current", _("Marked current again")
    CLOSE = "close", _("Closed")
    REOPEN = "reopen", _("Reopened")
    DISMISS_FLAGS = "dismiss-flags", _("Dismissed flags")
    EDIT = "edit", _("Edited")
    RESUBMIT = "resubmit", _("Resubmitted for review")
    APPOINT_EXPERT = "appoint-expert", _("Appointed expert")
    REMOVE_EXPERT = "remove-expert", _("Removed expert")
    REDACT = "redact", _("Personal data removed")
