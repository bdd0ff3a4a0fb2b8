"""Writes of the registry: proposing, editing, curating, confirming, indexing for search."""

from .curation import (
    initiative_archive,
    initiative_confirm,
    initiative_mark_good_example,
    initiative_publish,
    initiative_reject,
    initiative_request_changes,
    initiative_submit,
    initiative_update,
)
from .search import initiative_index

__all__ = [
    "initiative_archive",
    "initiative_confirm",
    "initiative_index",
    "initiative_mark_good_example",
    "initiative_publish",
    "initiative_reject",
    "initiative_request_changes",
    "initiative_submit",
    "initiative_update",
]
