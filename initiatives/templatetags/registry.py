"""Template helpers of the registry: safe Markdown and highlighted search snippets."""

import markdown as markdown_lib
import nh3
from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..querysets import MARK_START, MARK_STOP

register = template.Library()

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "ul", "ol", "li", "a", "code", "pre", "blockquote",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr",
}


@register.filter
def markdown(text: str) -> str:
    """Markdown to HTML, then sanitised (nh3): only safe tags and http(s)/mailto links."""
    html = markdown_lib.markdown(text or "", extensions=["tables", "sane_lists"])
    clean = nh3.clean(
        html, tags=ALLOWED_TAGS, attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"}, link_rel="noopener nofollow",
    )
    return mark_safe(clean)  # noqa: S308 (sanitised by nh3 just above)


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
