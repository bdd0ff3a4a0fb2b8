"""Redaction: a passage of personal data taken out of a post and out of its whole history.

An edit keeps the old text as a revision, so removing a BSN by editing leaves it readable
in /vragen/<id>/revisies/ and in every diff: for a government site a data breach (AVG
art. 5 and 32). Redaction instead rewrites, in place, every stored copy of the passage:
the post's current text and title, each revision (and so each diff, which is computed
from them), the edit summaries and moderators' notes on the post, the flags' notes,
the notifications still stored, and the search index (through question_refresh, which
every change to a question's text goes through). The moderation log records who redacted,
why and on which post, never the passage itself.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from accounts.notifications.models import Notification

from ...models import ActionKind, Answer, Comment, Flag, Question, Revision
from ...services.questions import question_slug
from ...services.refresh import question_refresh
from ._common import Post, _log, _require

REDACTED = "[verwijderd: persoonsgegevens]"
PASSAGE_MIN = 3


def passage_pattern(passage: str) -> re.Pattern:
    """The passage as typed, whatever whitespace (line breaks, double spaces) stands between
    its words in the stored copies; letters in any case (an e-mail address in capitals)."""
    words = passage.split()
    return re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)


def _redact_fields(obj, names: list[str], pattern: re.Pattern) -> list[str]:
    """Replace the passage in `obj`'s text fields; the names of those that changed."""
    changed = []
    for name in names:
        value = getattr(obj, name)
        new = pattern.sub(REDACTED, value) if value else value
        if new != value:
            setattr(obj, name, new)
            changed.append(name)
    return changed


def _post_text_fields(post: Post) -> list[str]:
    if isinstance(post, Question):
        return ["title", "body", "close_note", "hidden_note"]
    if isinstance(post, Answer):
        return ["body", "moderation_note", "outdated_note"]
    return ["body"]


def post_contains(post: Post, passage: str) -> bool:
    """Whether the passage stands in the post now or in any of its revisions."""
    pattern = passage_pattern(passage)
    if any(pattern.search(getattr(post, name) or "") for name in _post_text_fields(post)):
        return True
    if isinstance(post, Comment):
        return False
    revisions = Revision.objects.filter(**{post._meta.model_name: post})
    return any(pattern.search(f"{r.title}\n{r.body}\n{r.summary}") for r in revisions)


@transaction.atomic
def post_redact(*, post: Post, by, passage: str, reason: str = "", note: str = "") -> int:
    """Replace `passage` by REDACTED everywhere the post's text is kept. Returns how many
    stored texts changed.

    The caller checked can_redact(by, post). Raises ValidationError (changing nothing)
    when the passage is too short to be meant or does not occur in the post or its history.
    """
    passage = passage.strip()
    _require(len(passage) >= PASSAGE_MIN,
             _("Give the passage to remove: at least %(min)d characters.") % {"min": PASSAGE_MIN},
             "passage_too_short")
    post = type(post).objects.select_for_update().get(pk=post.pk)
    _require(post_contains(post, passage),
             _("This passage does not occur in the post or its history. Copy it exactly as "
               "it stands."), "passage_not_found")
    pattern = passage_pattern(passage)
    changed = 0
    fields = _redact_fields(post, _post_text_fields(post), pattern)
    if fields:
        if "title" in fields:
            post.slug = question_slug(post.title)
            fields.append("slug")
        fields += post_rendered_fields(post)
        post.save(update_fields=[*fields, *(["updated_at"] if hasattr(post, "updated_at") else [])])
        changed += 1
    if not isinstance(post, Comment):
        for revision in Revision.objects.filter(**{post._meta.model_name: post}):
            revision_fields = _redact_fields(revision, ["title", "body", "summary"], pattern)
            if revision_fields:
                revision.save(update_fields=revision_fields)
                changed += 1
    changed += _redact_around(post, pattern)
    _log(actor=by, action=ActionKind.REDACT, post=post, reason=reason, note=note.strip())
    question_refresh(question=post.thread, touch=False)
    return changed


def post_rendered_fields(post: Post) -> list[str]:
    """Derived copies of the text stored on the post itself (its rendered HTML, where the
    model keeps one), brought in step with the redacted text; the names to save."""
    if not hasattr(post, "body_html"):
        return []
    from initiatives.markup import render_markdown

    post.body_html = render_markdown(post.body)
    return ["body_html"]


def _redact_around(post: Post, pattern: re.Pattern) -> int:
    """The flags' notes and the stored notifications about the post."""
    changed = 0
    field = post._meta.model_name
    for flag in Flag.objects.filter(**{field: post}).exclude(note=""):
        if _redact_fields(flag, ["note"], pattern):
            flag.save(update_fields=["note"])
            changed += 1
    # A notification about the post, or worded by its question, may quote it in its note.
    thread = post.thread
    about = (Q(target_type=ContentType.objects.get_for_model(post), target_id=post.pk)
             | Q(context_type=ContentType.objects.get_for_model(thread), context_id=thread.pk))
    for notification in Notification.objects.exclude(note="").filter(about):
        if _redact_fields(notification, ["note"], pattern):
            notification.save(update_fields=["note"])
            changed += 1
    return changed
