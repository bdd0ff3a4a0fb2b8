"""Page sections that higher parts of the portal add to a lower part's pages.

accounts never imports initiatives or vraagbaak; yet an organisation's page
shows its initiatives and questions. The higher part writes a provider, a
function `(obj, request) -> Section | None`, and names it in a setting
(ORGANISATION_PAGE_SECTIONS, PROFILE_PAGE_SECTIONS, THEME_PAGE_SECTIONS,
THEME_GUIDE_SECTIONS and THEME_GUIDE_EDIT_SECTIONS (inside a theme's guide and below its
form), INITIATIVE_PAGE_SECTIONS, NOTIFICATION_PAGE_SECTIONS, and INITIATIVE_PAGE_ACTIONS for
buttons in the action bar).
The page renders each section's template with its own context.
"""

from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@dataclass
class Section:
    template: str
    context: dict = field(default_factory=dict)


@cache
def _providers(setting_name: str):
    return [import_string(path) for path in getattr(settings, setting_name, [])]


def page_sections(setting_name: str, obj, request) -> list[Section]:
    sections = (provider(obj, request) for provider in _providers(setting_name))
    return [section for section in sections if section is not None]
