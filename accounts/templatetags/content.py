"""Tags for showing people's content on any page, whichever part made it.

`content_lang`: the `lang` attribute for content whose language differs from the page's
(WCAG 3.1.2): Dutch questions on English pages, English Tech Watch text on Dutch ones.
`when`: a moment as a relative time ("3 dagen geleden") with the exact date, in the site's
one date format, in the `<time>` title; `on`: the exact date itself.
"""

from functools import lru_cache

from django import template
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()

# What people write on the portal is Dutch unless the item records otherwise.
DEFAULT_CONTENT_LANGUAGE = "nl"


@register.simple_tag
def content_lang(code: str | None = None) -> str:
    """` lang="xx"` when content in `code` stands on a page in another language, else ""."""
    code = (code or DEFAULT_CONTENT_LANGUAGE).split("-")[0]
    page = (get_language() or DEFAULT_CONTENT_LANGUAGE).split("-")[0]
    return "" if code == page else format_html(' lang="{}"', code)


def _exact(value) -> str:
    return _formatted(value, get_language(), timezone.get_current_timezone_name())


@lru_cache(maxsize=4096)
def _formatted(value, language: str | None, zone: str) -> str:
    """A moment in the site's format: the same for the same moment, language and time zone, so
    formatted once per process (a page shows up to twenty, each about 20 µs)."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return date_format(value, "DATETIME_FORMAT")


@register.filter
def when(value):
    """<time datetime title="1 december 2026, 21:41">3 dagen geleden</time>"""
    if not value:
        return ""
    return format_html('<time datetime="{}" title="{}">{}</time>',
                       value.isoformat(), _exact(value), naturaltime(value))


@register.filter
def on(value):
    """<time datetime>1 december 2026, 21:41</time>"""
    if not value:
        return ""
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), _exact(value))
