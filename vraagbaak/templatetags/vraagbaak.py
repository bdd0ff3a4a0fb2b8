"""Rendering members' text: Markdown for posts, plain text with links for comments."""

from functools import lru_cache

from django import template

from initiatives.markup import render_markdown, render_plain_text

register = template.Library()


@register.filter
def markdown(text: str):
    return render_markdown(text)


@register.filter
@lru_cache(maxsize=4096)
def plain_text(text: str):
    """Comments have no stored HTML: linking and sanitising one costs about 0.1 ms, and a
    question page shows a dozen, so each text is rendered once per process. The result depends
    on the text alone."""
    return render_plain_text(text)
