"""Pages that only read run outside the transaction ATOMIC_REQUESTS opens around a view.

That transaction costs every page two statements (BEGIN and COMMIT) and guards nothing
where the view writes nothing: a page's reads see committed rows either way. A leaf, as
content_version is, for every part's views. Only for views that never write in a request
(counting a visit goes to the cache, or is a single UPDATE that commits on its own without
Redis); a view that may write keeps its transaction.
"""

from django.db import transaction
from django.utils.decorators import method_decorator

read_only = transaction.non_atomic_requests


class ReadOnlyMixin:
    """read_only for a class-based view (as_view copies dispatch's marks onto the view)."""

    @method_decorator(transaction.non_atomic_requests)
    def dispatch(self, *args, **kwargs):
        return super().dispatch(*args, **kwargs)
