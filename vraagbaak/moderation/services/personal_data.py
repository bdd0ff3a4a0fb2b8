"""What the moderators learn from the personal-data check: a post whose author confirmed
that what looked like personal data is not, lands in their queue with a flag saying so."""

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.personal_data_check import LABELS

from ...models import Flag, FlagReason
from ._common import Post


@transaction.atomic
def post_mark_possible_personal_data(*, post: Post, author, kinds: list[str]) -> Flag | None:
    """Flag `post` as possibly holding personal data, in the author's name (they confirmed
    it is none), so a moderator looks. One open flag per post: a later confirmation on an
    edit adds no second one. Such a flag never counts towards hiding the post."""
    if not kinds:
        return None
    field = post._meta.model_name
    existing = Flag.objects.filter(reporter=author, **{field: post}).first()
    note = _("Automatic check, confirmed by the author as not personal data: %(kinds)s") % {
        "kinds": ", ".join(str(LABELS[kind]) for kind in kinds)}
    if existing is not None:
        if existing.resolved_at is not None:  # a moderator looked before this edit: again
            existing.reason, existing.note = FlagReason.PERSONAL_DATA, note[:500]
            existing.resolved_at, existing.resolved_by = None, None
            existing.save(update_fields=["reason", "note", "resolved_at", "resolved_by"])
        return existing
    return Flag.objects.create(reporter=author, reason=FlagReason.PERSONAL_DATA, note=note[:500],
                               theme_id=post.theme_id, **{field: post})
