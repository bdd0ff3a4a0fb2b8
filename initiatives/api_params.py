"""The query parameters of /api/v1/, declared once as types: ninja reads them from the request,
validates them (a bad one is a 400 naming it) and generates their OpenAPI description.

The names are the list page's (Dutch, as in its URLs); the filtering itself stays in
InitiativeFilterSet, so the page, the export and the API select alike.
"""

from typing import Annotated, Literal

from django.http import QueryDict
from ninja import Schema
from pydantic import AfterValidator, Field, ValidationError, WrapValidator

from .filters import ORGANISATION_TYPE_CHOICES, SORT_CHOICES
from .vocabularies import Beleidsterrein, RiskGroup, Status, Technique

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# PostgreSQL cannot hold a NUL: a request with one is refused (400) before any view runs.
NO_NUL = r"^[^\x00]*$"
# An empty value ("organisatie=", what a cleared select sends) means no choice, not a bad one.
EMPTY = Literal[""]

Text = Annotated[str, Field(pattern=NO_NUL)]


def _one_of(choices):
    """One of the choices' values, or empty (what a cleared select sends): one flat enum, as
    a query string can say it (a value that is not text cannot be sent)."""
    return Literal[(*(str(value) for value, _label in choices), "")]


def _without_empty(values: list) -> list:
    return [value for value in values if value != ""]


def _any_of(item, description: str):
    """A filter taking several values (`thema=a&thema=b`), which mean OR; empty ones are
    dropped."""
    return Annotated[list[item], AfterValidator(_without_empty), Field(description=description)]


def _whole_number(low: int, high: int | None = None):
    """An integer parameter whose error says the range, whatever was wrong with the value."""
    message = (f"must be a whole number between {low} and {high}" if high
               else f"must be a whole number of at least {low}")

    def check(value, handler):
        try:
            return handler(value)
        except ValidationError:
            raise ValueError(message) from None

    return Annotated[int, Field(ge=low, le=high), WrapValidator(check)]


class PageParams(Schema):
    page: _whole_number(1) = Field(1, description="Page number, from 1; a page past the last is a 404.")
    page_size: _whole_number(1, MAX_PAGE_SIZE) = Field(
        DEFAULT_PAGE_SIZE, description=f"Items per page, at most {MAX_PAGE_SIZE}.")


class InitiativeParams(PageParams):
    q: Annotated[str, Field(max_length=200, pattern=NO_NUL)] = Field(
        "", description="Search, as the registry's search box: words and meaning (hybrid search).")
    thema: _any_of(Text, "Theme slug; several mean OR. A slug no theme has matches nothing.") = []
    organisatie: _any_of(
        Text, "Organisation slug (lead or partner); several mean OR. "
        "A slug no organisation has matches nothing.") = []
    organisatietype: _any_of(
        _one_of(ORGANISATION_TYPE_CHOICES),
        "Type of the lead organisation; `uitvoeringsorganisatie` groups agencies and ZBOs.") = []
    beleidsterrein: _any_of(_one_of(Beleidsterrein.choices), "Policy area.") = []
    status: _any_of(_one_of(Status.choices), "Lifecycle status.") = []
    techniek: _any_of(_one_of(Technique.choices), "AI technique.") = []
    risicogroep: _any_of(_one_of(RiskGroup.choices), "EU AI Act risk group.") = []
    goed_voorbeeld: bool | EMPTY = Field(False, description="Only good examples.")
    sorteer: _one_of(SORT_CHOICES) = Field(
        "", description="Order; without it a search ranks by relevance, else newest update first.")

    def as_query(self) -> QueryDict:
        """The filters as the list page's query string, for InitiativeFilterSet."""
        query = QueryDict(mutable=True)
        for name, value in self.model_dump(exclude={"page", "page_size"}).items():
            if isinstance(value, list):
                query.setlist(name, [str(item) for item in value])
            elif value is True:
                query[name] = "on"
            elif value not in (None, "", False):
                query[name] = str(value)
        return query
