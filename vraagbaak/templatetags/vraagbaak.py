"""Rendering members' text: Markdown for posts, plain text with links for comments."""

from django import template

from initiatives.markup import render_markdown, render_plain_text

register = template.Library()


@register.filter
def markdown(text: str):
    return render_markdown(text)


@register.filter
def plain_text(text: str):
    return render_plain_text(text)
