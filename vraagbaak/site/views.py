"""The home page and the fixed statements (the health check is vraagbaak.site.outage's)."""

from django.shortcuts import render
from django.template.loader import select_template
from django.utils.translation import get_language

from accounts.read_only import read_only

from .home import home_context


@read_only
def home(request):
    """The central information point: search, themes, good examples, open questions, numbers."""
    return render(request, "site/home.html", home_context(request.user))


@read_only
def statement_page(request, name: str):
    """About, accessibility and privacy: long texts written per language."""
    language = (get_language() or "nl").split("-")[0]
    template = select_template(
        [f"site/pages/{name}.{language}.html", f"site/pages/{name}.nl.html"]
    )
    return render(request, template.template.name)
