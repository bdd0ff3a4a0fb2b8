"""Asking and editing questions."""

import re
from datetime import timedelta

from django.core.cache import caches
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.text import slugify

from accounts.submissions import DUPLICATE_WINDOW
from initiatives.markup import render_markdown
from initiatives.models import Initiative, Theme

from ..models import Question
from ..notifications import hooks
from .refresh import question_index, question_refresh
from .revisions import revision_check, revision_record
from .tags import question_tags_add_new
from .view_counts import view_count_add

# A viewer who comes back within this period is not counted again.
QUESTION_VIEW_PERIOD = timedelta(hours=24)
# Crawlers and monitoring say so in their User-Agent; their visits are not views.
BOT_RE = re.compile(r"bot|crawl|spider|slurp|monitor|curl|wget|python-requests", re.I)


def question_slug(title: str) -> str:
    return slugify(title)[:160].strip("-") or "vraag"


@transaction.atomic
def question_create(
    *,
    author,
    title: str,
    body: str,
    theme: Theme,
    tags: list[str] = (),
    initiatives: list[Initiative] = (),
) -> Question:
    """Post a new open question. The caller checked can_post(author); `tags` are normalised."""
    question = Question.objects.create(
        author=author, title=title, slug=question_slug(title), body=body,
        body_html=render_markdown(body), theme=theme,
        last_activity_at=timezone.now(),
    )
    tag_names = question_tags_add_new(question=question, names=list(tags))
    if initiatives:
        question.initiatives.set(initiatives)
    revision_record(question=question, edited_by=author, tag_names=tag_names)
    question_index(question=question)
    hooks.on_question_created(question)
    return question


@transaction.atomic
def question_edit(
    *,
    question: Question,
    editor,
    title: str,
    body: str,
    theme: Theme,
    tags: list[str],
    summary: str,
    base_revision_id: int,
) -> Question:
    """Save a new version of `question` and keep it as a revision.

    The caller checked can_edit(editor, question). Raises EditConflict (and
    changes nothing) when someone saved the question after revision
    `base_revision_id`, which the editor opened.
    """
    question = Question.objects.select_for_update().get(pk=question.pk)
    revision_check(question=question, base_revision_id=base_revision_id)
    question.title = title
    question.slug = question_slug(title)
    question.body = body
    question.body_html = render_markdown(body)
    question.theme = theme
    question.save(update_fields=["title", "slug", "body", "body_html", "theme", "updated_at"])
    question.tags.set(list(tags))
    revision_record(question=question, edited_by=editor, summary=summary)
    question_refresh(question=question)
    return question


def question_recent_duplicate(*, author, title: str) -> Question | None:
    """The question `author` posted with this title within DUPLICATE_WINDOW, if any: a
    second tab or a retry, which leads to the first post instead of a copy."""
    since = timezone.now() - DUPLICATE_WINDOW
    return (Question.objects.filter(author=author, title__iexact=title, created_at__gte=since)
            .order_by("created_at").first())


def question_register_view(*, question: Question, user, client_ip: str, user_agent: str) -> bool:
    """Count a view once per viewer per QUESTION_VIEW_PERIOD. Returns whether it was counted.

    A member is known by their account; a visitor by a keyed hash of their address and browser,
    kept in the cache for the period only: reading needs no session (and no session row).
    Crawlers are not counted.
    """
    counted = question_count_view(question_id=question.pk, user=user, client_ip=client_ip,
                                  user_agent=user_agent)
    if counted:
        question.view_count += 1
    return counted


def question_count_view(*, question_id: int, user, client_ip: str, user_agent: str) -> bool:
    """question_register_view for a page served from the cache, which has no Question."""
    if BOT_RE.search(user_agent):
        return False
    if user.is_authenticated:
        viewer = f"u{user.pk}"
    else:
        browser = f"{client_ip}\n{user_agent}"
        viewer = salted_hmac("question-view", browser, algorithm="sha256").hexdigest()[:32]
    key = f"question-viewed:{question_id}:{viewer}"
    seen = caches["views"]
    # `get` first: on the database cache it is one indexed read, where `add` counts the table.
    # `add` only writes a missing key, so two first views at once cannot both count.
    if seen.get(key) or not seen.add(key, True, timeout=int(QUESTION_VIEW_PERIOD.total_seconds())):
        return False
    view_count_add(question_id=question_id)
    return True
