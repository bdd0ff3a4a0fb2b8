"""Template helpers of the registry: safe Markdown and highlighted search snippets."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..markup import REGISTRY, render_markdown
from ..querysets import MARK_START, MARK_STOP

register = template.Library()


@register.filter
def markdown(text: str) -> str:
    """Markdown to safe HTML, by the registry's policy (see initiatives.markup)."""
    return render_markdown(text, REGISTRY)


@register.filter
def highlight(text: str) -> str:
    """A PostgreSQL headline: escape the text, then turn the match sentinels into <mark>."""
    escaped = escape(text or "")
    return mark_safe(  # noqa: S308 (escaped above; only our own tags added)
        escaped.replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    )


@register.simple_tag(takes_context=True)
def without_value(context, name: str, value: str) -> str:
    """The current query string with one value of `name` removed (and the page reset)."""
    params = context["request"].GET.copy()
    params.setlist(name, [item for item in params.getlist(name) if item != value])
    params.pop("page", None)
    encoded = params.urlencode()
    return "?" + encoded if encoded else "?"
