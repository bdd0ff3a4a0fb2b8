"""Markdown and plain text to safe HTML: the one sanitising policy of the portal.

Markdown lets authors write raw HTML, so its output is never trusted: nh3 keeps
a fixed list of tags and attributes, only http(s) and mailto links, and marks
every link as user content. It lives in the registry, the lower of the two parts
that render Markdown, so that the vraagbaak can use it without an upward import.

`POSTS` is the policy of questions, answers, comments and feeds; `REGISTRY` is
the narrower one initiative texts have always been rendered with. Both go
through `sanitise_html`, the one place nh3 is called.
"""

import dataclasses

import markdown as markdown_lib
import nh3
from django.utils.html import escape, urlize
from django.utils.safestring import SafeString, mark_safe

URL_SCHEMES = frozenset({"http", "https", "mailto"})


@dataclasses.dataclass(frozen=True)
class Policy:
    """What survives sanitising, and how Markdown is read before it."""

    tags: frozenset[str]
    attributes: dict[str, set[str]]
    link_rel: str
    # The content of these is dropped, not shown as text (None: nh3's default, script and style).
    clean_content_tags: frozenset[str] | None
    extensions: tuple[str, ...]
    output_format: str
    # The page's own title is the h1, so a post's headings start at level 2.
    demote_h1: bool


POSTS = Policy(
    tags=frozenset({
        "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "li", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th",
        "thead", "tr", "ul",
    }),
    attributes={"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}},
    link_rel="nofollow ugc noopener",
    clean_content_tags=frozenset({"script", "style", "iframe", "object", "embed", "template"}),
    extensions=("fenced_code", "tables", "sane_lists"),
    output_format="html",
    demote_h1=True,
)

# Initiative texts: no h2, no inline formatting beyond strong and em, no fenced code.
REGISTRY = dataclasses.replace(
    POSTS,
    tags=POSTS.tags - {"abbr", "b", "del", "h2", "i", "sub", "sup"},
    attributes={"a": {"href", "title"}},
    link_rel="noopener nofollow",
    clean_content_tags=None,
    extensions=("tables", "sane_lists"),
    output_format="xhtml",
    demote_h1=False,
)


def sanitise_html(html: str, policy: Policy = POSTS) -> str:
    return nh3.clean(
        html,
        tags=set(policy.tags),
        attributes=policy.attributes,
        url_schemes=set(URL_SCHEMES),
        link_rel=policy.link_rel,
        strip_comments=True,
        clean_content_tags=set(policy.clean_content_tags) if policy.clean_content_tags else None,
    )


def render_markdown(text: str, policy: Policy = POSTS) -> SafeString:
    """Render Markdown written by a member to HTML that is safe to show as is."""
    html = markdown_lib.markdown(
        text or "", extensions=list(policy.extensions), output_format=policy.output_format,
    )
    if policy.demote_h1:
        html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return mark_safe(sanitise_html(html, policy))  # noqa: S308 (sanitised by nh3 just above)


def render_plain_text(text: str) -> SafeString:
    """Comments: plain text, escaped, with web addresses made into (nofollow) links."""
    html = urlize(escape(text or ""), nofollow=True, autoescape=False)
    return mark_safe(sanitise_html(html))  # noqa: S308 (escaped, then sanitised)
