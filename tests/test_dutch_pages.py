"""Every page of the journeys speaks Dutch when the visitor chose Dutch: no English words of
the interface and no untranslated strings of the libraries (Django's blank choice, the
password validators, allauth's two-factor pages), forms with their errors included. Text that
the page marks as another language (`lang="en"`: the Tech Watch's English descriptions, the
language switch) is left out, as a screen reader would read it in that language."""

import re
from html.parser import HTMLParser

import pytest

from tests.journey_pages import CURATOR_EMAIL, MEMBER_EMAIL, journey_pages, load_demo

pytestmark = pytest.mark.django_db

# Strings the libraries bring, in English, when their catalogues lack them.
THIRD_PARTY = [
    "---------", "Select an option", "This password is too short", "This password is too common",
    "This password is entirely numeric", "This field is required", "QR code", "authenticator app",
    "Authenticator App", "Recovery Codes", "Enter a valid", "Sign In", "Sign Up", "Forgot your",
]
# Words of English that Dutch does not use; whole words, any case.
# ("of", "code", "app" and "log in" are good Dutch too, so they are not on it.)
ENGLISH = ["the", "and", "or", "with", "your", "you", "please", "select", "option", "password",
           "required", "field", "home", "sign", "enter", "here", "this", "optional", "submit",
           "search", "questions", "answers", "settings", "email"]

# The portal says "je" to everyone, the statements included.
FORMAL_RE = re.compile(r"\b(u|uw|U|Uw|alstublieft|a\.u\.b\.)(?=\W|$)")
ENGLISH_RE = re.compile(r"\b(" + "|".join(sorted(set(ENGLISH))) + r")\b", re.I)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "aria-description")


class DutchText(HTMLParser):
    """The text a Dutch reader meets: content and labelling attributes, minus other languages."""

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, skipped)
        self.parts = []
        self.other_language = []  # text marked as another language, also left out of <title>
        self.title = None

    @property
    def skipping(self):
        return any(skipped for _tag, skipped in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        other_language = (attrs.get("lang") or "nl").split("-")[0] != "nl"
        skipped = other_language or tag in ("script", "style", "code", "pre", "textarea")
        if not (self.skipping or skipped):
            self.parts += [attrs[name] for name in ATTRIBUTES if attrs.get(name)]
            if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
                self.parts.append(attrs["value"])
        if tag not in VOID:
            self.stack.append((tag, skipped))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not data.strip():
            return
        if not self.skipping:
            self.parts.append(data.strip())
            if self.stack and self.stack[-1][0] == "title":
                self.title = data.strip()
        elif self.stack and self.stack[-1][0] not in ("script", "style"):
            self.other_language.append(data.strip())


def english_on(html: str, proper_names=()) -> list[str]:
    """English in `html`; `proper_names` (organisations, in the language they were imported
    in) are left out, as WCAG 3.1.2 leaves proper names out."""
    parser = DutchText()
    parser.feed(html)
    found = []
    for text in parser.parts:
        # <title> cannot mark a part of itself: the page's marked heading stands for it.
        for name in [*proper_names, *(parser.other_language if text == parser.title else [])]:
            text = text.replace(name, "")
        found += [f"“{text[:80]}” has “{s}”" for s in THIRD_PARTY if s.lower() in text.lower()]
        found += [f"“{text[:80]}” has “{m.group(1)}”" for m in ENGLISH_RE.finditer(text)]
        found += [f"“{text[:80]}” says “{m.group(1)}”" for m in FORMAL_RE.finditer(text)]
    return found


def _check(client, paths, posts=()) -> list[str]:
    from accounts.models import Organisation

    names = sorted(Organisation.objects.values_list("name", flat=True), key=len, reverse=True)
    client.cookies["django_language"] = "nl"
    problems = []
    for path in paths:
        response = client.get(path, follow=True)
        problems += [f"{path}: {p}" for p in english_on(response.content.decode(), names)]
    for path, data in posts:
        response = client.post(path, data, follow=True)
        problems += [f"POST {path}: {p}" for p in english_on(response.content.decode(), names)]
    return problems


@pytest.fixture
def demo(settings):
    load_demo()
    return journey_pages()


def test_english_words_are_found():
    """The checker itself: it finds English, skips what is marked English, passes Dutch."""
    assert english_on("<p>Select an option</p>")
    assert english_on('<button aria-label="Close the menu">x</button>')
    assert not english_on('<p lang="en">The tool <b>and</b> the model</p><p>Stel een vraag</p>')
    assert not english_on("<p>Open de authenticatie-app en scan de QR-code.</p>")
    assert english_on("<p>Hier leest u meer.</p>")
    assert not english_on('<title>Speech lab – AI-vraagbaak</title><h1 lang="en">Speech lab</h1>')


def test_visitor_pages_are_dutch(client, demo):
    posts = [
        ("/account/signup/", {"email": "a@utrecht.nl", "password1": "kort", "password2": "kort"}),
        ("/account/login/", {"login": "niemand@utrecht.nl", "password": "fout"}),
        ("/account/password/reset/", {"email": ""}),
    ]
    problems = _check(client, demo["visitor"], posts)
    assert not problems, "\n".join(problems)


def _signed_in_just_now(client, user):
    """Signed in and just confirmed the password, so that allauth's two-factor pages show
    themselves instead of asking to sign in again."""
    from django.conf import settings

    client.force_login(user)
    response = client.post("/account/reauthenticate/", {"password": settings.DEMO_ACCOUNTS_PASSWORD})
    assert response.status_code == 302, "the password was not confirmed"


def test_member_pages_are_dutch(client, demo):
    from accounts.models import User

    _signed_in_just_now(client, User.objects.get(email=MEMBER_EMAIL))
    posts = [("/vragen/stellen/", {"title": "", "body": ""}),
             ("/initiatieven/aanmelden/", {"title": ""}),
             ("/account/password/change/", {"oldpassword": "x", "password1": "123", "password2": "123"})]
    problems = _check(client, demo["member"] + ["/account/2fa/totp/activate/"], posts)
    assert not problems, "\n".join(problems)
    # A failed submit says so first in the title.
    assert "<title>Fout: " in client.post("/vragen/stellen/", {"title": ""}).content.decode()
    # The two-factor set-up itself was checked, not a page asking to sign in again.
    assert "QR-code" in client.get("/account/2fa/totp/activate/").content.decode()


def test_curator_pages_are_dutch(client, demo):
    from accounts.models import User

    _signed_in_just_now(client, User.objects.get(email=CURATOR_EMAIL))
    problems = _check(client, demo["curator"] + ["/account/2fa/", "/account/2fa/recovery-codes/"])
    assert not problems, "\n".join(problems)
