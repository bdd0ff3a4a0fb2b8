"""WCAG 1.4.10 Reflow and 1.4.12 Text spacing on every page of the journeys, in Dutch and
English, for a visitor, a member and a curator: at 320 CSS px and at 1280 px with 200% zoom
(640 CSS px) no page scrolls sideways, and with the text spacing of 1.4.12 applied nothing
overflows or is cut off. axe-core stays at 0 on every page at 320 px."""

import pytest
from django.conf import settings

from tests.browser.axe import axe_violations, format_violations
from tests.browser.test_moderation import sign_in
from tests.browser.test_vraagbaak_journey import log_in
from tests.journey_pages import CURATOR_EMAIL, MEMBER_EMAIL, journey_pages, load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# (width, height, device scale): a phone, and a 1280 px screen at 200% zoom.
VIEWPORTS = [(320, 640, 1), (640, 400, 2)]

# WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16.
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }
"""

OVERFLOW = """() => {
  const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (typeof el.className === "string" && el.className
      ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const doc = document.documentElement;
  const out = {width: doc.scrollWidth, viewport: window.innerWidth, culprits: [], clipped: []};
  if (doc.scrollWidth > window.innerWidth) {
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 1 && box.width > 0 && out.culprits.length < 5) {
        out.culprits.push(name(el) + " right=" + Math.round(box.right));
      }
    }
  }
  // Text cut off by a box that hides its overflow (visually hidden helpers, 1 px, excepted).
  for (const el of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(el);
    if (!/hidden|clip/.test(style.overflowX + style.overflowY) || el.clientWidth <= 1) { continue; }
    if (el.matches("select, textarea, input")) { continue; }  // they scroll their own content
    if (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2) {
      if (el.textContent.trim() && out.clipped.length < 5) {
        out.clipped.push(name(el));
      }
    }
  }
  return out;
}"""


def _check_page(page, path: str, *, spacing: bool) -> list[str]:
    response = page.goto(path)
    assert response.status < 500, f"{path} answered {response.status}"
    if spacing:
        # Through the CSSOM, which the Content-Security-Policy (style-src 'self') allows.
        page.evaluate("css => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css);"
                      " document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; }",
                      TEXT_SPACING)
    result = page.evaluate(OVERFLOW)
    problems = []
    if result["width"] > result["viewport"]:
        problems.append(f"scrolls sideways to {result['width']} px: {', '.join(result['culprits'])}")
    if spacing and result["clipped"]:
        problems.append(f"text cut off with text spacing in {', '.join(result['clipped'])}")
    return problems


def _sweep(browser, live_server, paths, sign_in_as=None) -> list[str]:
    state = None
    if sign_in_as:
        # Once: a TOTP code is accepted only once, so the other contexts reuse the session.
        context = browser.new_context(base_url=live_server.url, locale="nl-NL")
        sign_in_as(context.new_page())
        state = context.storage_state()
        context.close()
    failures = []
    for language in ("nl", "en"):
        for width, height, scale in VIEWPORTS:
            context = browser.new_context(
                base_url=live_server.url, locale="nl-NL", storage_state=state,
                viewport={"width": width, "height": height}, device_scale_factor=scale,
            )
            page = context.new_page()
            page.context.add_cookies([{"name": settings.LANGUAGE_COOKIE_NAME, "value": language,
                                       "url": live_server.url}])
            for path in paths:
                for spacing in (False, True):
                    where = f"[{language} {width}px{' spacing' if spacing else ''}] {path}"
                    failures += [f"{where} {problem}" for problem in
                                 _check_page(page, path, spacing=spacing)]
                if width == 320:
                    page.goto(path)
                    violations = axe_violations(page)
                    if violations:
                        failures.append(f"[{language} axe] {path}\n{format_violations(violations)}")
            context.close()
    return failures


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = False
    load_demo()
    return journey_pages()


def test_visitor_pages_reflow_and_take_text_spacing(browser, live_server, demo):
    failures = _sweep(browser, live_server, demo["visitor"])
    assert not failures, "\n".join(failures)


def test_member_pages_reflow_and_take_text_spacing(browser, live_server, demo):
    from accounts.models import User

    member = User.objects.get(email=MEMBER_EMAIL)
    failures = _sweep(browser, live_server, demo["member"],
                      sign_in_as=lambda page: log_in(page, live_server, member))
    assert not failures, "\n".join(failures)


def test_curator_pages_reflow_and_take_text_spacing(browser, live_server, demo, settings):
    from accounts.demo import DEMO_TOTP_SECRET
    from accounts.models import User

    curator = User.objects.get(email=CURATOR_EMAIL)
    curator.set_password("geheim-wachtwoord-123")  # sign_in's password
    curator.save()
    failures = _sweep(browser, live_server, demo["curator"],
                      sign_in_as=lambda page: sign_in(page, curator, totp_secret=DEMO_TOTP_SECRET))
    assert not failures, "\n".join(failures)
