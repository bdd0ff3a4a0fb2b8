"""The English pages use the same shape as the Dutch ones: "1 December 2026, 21:41"."""

from vraagbaak.formats.nl.formats import (  # noqa: F401
    DATE_FORMAT,
    DATETIME_FORMAT,
    SHORT_DATE_FORMAT,
    SHORT_DATETIME_FORMAT,
    TIME_FORMAT,
)
