"""No known XSS payload survives in anything shown back: title, body, tags, comments, display names.

Markdown is rendered and then sanitised by nh3; plain text is escaped. Each
payload is stored in every field at once and every page that shows it is
parsed: no script, no event handler, no style, no frame, no javascript:/data: URL.
"""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from initiatives.markup import render_markdown, render_plain_text
from tests.factories import make_member
from vraagbaak.services.answers import answer_create
from vraagbaak.services.comments import comment_create
from vraagbaak.services.questions import question_create

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<body onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">klik</a>",
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik](  javascript:alert(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[klik](vbscript:msgbox(1))",
    "![plaatje](javascript:alert(1))",
    "![x](x\" onerror=\"alert(1))",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<style>body{display:none}</style>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<button formaction=javascript:alert(1)>x</button>",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">",
    "<video><source onerror=\"alert(1)\"></video>",
    "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
    "<p onmouseover=alert(1)>tekst</p>",
    "`<script>`code`</script>`",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
]

FORBIDDEN_TAGS = {"iframe", "object", "embed", "svg", "math", "img", "base", "frame", "frameset",
                  "applet", "video", "audio", "source", "style", "noscript", "template"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
# The registry's own charts (templates/initiatives/includes/registry_overview.html): an <svg>
# of this class is the site's markup, not a payload, and may hold only these elements.
CHART_SVG_CLASS = "portal-chart__svg"
CHART_SVG_CHILDREN = {"title", "desc", "g", "rect", "text", "tspan"}


class Checker(HTMLParser):
    def __init__(self, in_main_only=True):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.depth_main = 0
        self.in_main_only = in_main_only
        self.depth_chart = 0

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth_main += 1
        scope = self.depth_main > 0 or not self.in_main_only
        if tag == "script":
            src = dict(attrs).get("src") or ""
            if not src.startswith("/static/"):
                self.problems.append(f"script {attrs}")
        if tag == "svg" and CHART_SVG_CLASS in (dict(attrs).get("class") or "").split():
            self.depth_chart += 1
        elif self.depth_chart and tag not in CHART_SVG_CHILDREN:
            self.problems.append(f"tag {tag} in a chart")
        elif scope and tag in FORBIDDEN_TAGS:
            self.problems.append(f"tag {tag}")
        if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
            self.problems.append("meta http-equiv")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"attribute {name} on {tag}")
            if name in URL_ATTRIBUTES and value:
                cleaned = "".join(ch for ch in value if ch > " ").lower()
                if cleaned.startswith(BAD_SCHEMES):
                    self.problems.append(f"{name}={value!r} on {tag}")

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth_main -= 1
        if tag == "svg" and self.depth_chart:
            self.depth_chart -= 1


def problems_in(html: str) -> list[str]:
    checker = Checker()
    checker.feed(html)
    return checker.problems


def test_checker_catches_what_it_should():
    assert problems_in("<main><img src=x onerror=alert(1)></main>")
    assert problems_in("<main><a href=' javascript:x'>x</a></main>")
    assert problems_in("<script>alert(1)</script>")
    assert not problems_in("<main><a href='https://ok'>x</a><script src='/static/js/x.js'></script></main>")
    chart = f'<svg class="{CHART_SVG_CLASS}"><title>t</title><g><rect width="3"/><text>x</text></g></svg>'
    assert not problems_in(f"<main>{chart}</main>")
    assert problems_in("<main><svg class='other'><title>t</title></svg></main>")
    assert problems_in(f'<main><svg class="{CHART_SVG_CLASS}"><image href="x"/></svg></main>')
    assert problems_in(f'<main><svg class="{CHART_SVG_CLASS}"><g onload="alert(1)"/></svg></main>')


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_and_plain_text_renderers_neutralise(payload):
    assert problems_in(f"<main>{render_markdown(payload)}</main>") == []
    assert problems_in(f"<main>{render_plain_text(payload)}</main>") == []


@pytest.mark.parametrize("payload", PAYLOADS)
def test_tag_form_refuses_markup(member_client, theme, payload):
    response = member_client.post(reverse("vraagbaak:question-ask"), {
        "title": "Een vraag over veilige tags hier", "body": "tekst", "theme": theme.pk,
        "tags": payload, "action": "post"})
    assert "tags" in response.context["form"].errors or payload.isalnum()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_payload_survives_on_any_page(client, theme, payload):
    author = make_member(display_name=payload)
    question = question_create(
        author=author, title=f"XSS-test {payload}"[:150], body=payload, theme=theme,
        # Stored directly through the service: even a tag that slipped past the form is escaped.
        tags=[payload[:90].lower()],
    )
    answerer = make_member(display_name=payload)
    answer = answer_create(question=question, author=answerer, body=payload)
    comment_create(author=answerer, post=question, body=payload)
    comment_create(author=author, post=answer, body=payload)
    pages = [
        question.get_absolute_url(),
        reverse("vraagbaak:question-list"),
        reverse("vraagbaak:home"),
        reverse("vraagbaak:question-revisions", args=[question.pk]),
        reverse("vraagbaak:answer-revisions", args=[answer.pk]),
        reverse("vraagbaak:search") + "?q=XSS-test",
        reverse("vraagbaak:search") + "?q=" + payload[:50],
        author.get_absolute_url(),
        theme.get_absolute_url(),
        reverse("vraagbaak:question-similar") + "?title=XSS-test+" + payload[:50],
    ]
    for url in pages:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert problems_in(response.content.decode()) == [], url
