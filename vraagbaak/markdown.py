"""Markdown to safe HTML: one function for the preview and for the published text.

Markdown lets authors write raw HTML, so its output is never trusted: nh3 keeps
a fixed list of tags and attributes, only http(s) and mailto links, and marks
every link as user content (`rel="nofollow ugc noopener"`).
"""

import markdown as markdown_lib
import nh3
from django.utils.html import escape, urlize
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th",
    "thead", "tr", "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"align"},
    "td": {"align"},
}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"
EXTENSIONS = ["fenced_code", "tables", "sane_lists"]


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
        # The content of these is dropped, not shown as text.
        clean_content_tags={"script", "style", "iframe", "object", "embed", "template"},
    )


def render_markdown(text: str) -> SafeString:
    """Render Markdown written by a member to HTML that is safe to show as is.

    Headings start at level 2 in the output: the page's own title is the h1.
    """
    html = markdown_lib.markdown(text or "", extensions=EXTENSIONS, output_format="html")
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return mark_safe(sanitise_html(html))  # noqa: S308 (sanitised by nh3 just above)


def render_plain_text(text: str) -> SafeString:
    """Comments: plain text, escaped, with web addresses made into (nofollow) links."""
    html = urlize(escape(text or ""), nofollow=True, autoescape=False)
    return mark_safe(sanitise_html(html))  # noqa: S308 (escaped, then sanitised)
