"""Template helpers for the moderation includes on question pages and the review queue."""

from django import template

from ..models import HideReason
from .forms import HIDE_CHOICES
from .queries import post_key as _post_key

register = template.Library()


@register.simple_tag
def hide_choices():
    return HIDE_CHOICES


@register.filter
def post_key(post) -> str:
    """"q17", "a5" or "c9": the key of a post in the moderation context's sets and dicts."""
    return _post_key(post)


@register.filter
def is_hidden_post(post) -> bool:
    return post.is_hidden


@register.filter
def history_for(moderation: dict, post) -> list:
    """The moderation log entries of `post` from question_moderation_context()."""
    return (moderation or {}).get("history", {}).get(_post_key(post), [])


@register.filter
def flagged_by_me(moderation: dict, post) -> bool:
    return _post_key(post) in (moderation or {}).get("flagged", set())


@register.filter
def post_kind(post) -> str:
    """The URL segment of a post's moderation and flag endpoints."""
    return {"question": "vraag", "answer": "antwoord", "comment": "reactie"}[post._meta.model_name]


@register.filter
def hide_reason_label(reason: str) -> str:
    return dict(HideReason.choices).get(reason, reason)
