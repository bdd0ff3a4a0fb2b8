"""Where a user moderates: the themes, never the posts in them.

A leaf that the querysets (what a user sees) and the permissions (what a user may do) both
import, so that neither needs the other. It knows users and themes, nothing of posts.
"""

from accounts.permissions import is_curator, is_expert


def expert_theme_ids(user) -> frozenset[int]:
    """Themes in which `user` is a working expert (with MFA); fetched once per user object."""
    if not is_expert(user):
        return frozenset()
    cached = getattr(user, "_expert_theme_ids_cache", None)
    if cached is None:
        cached = frozenset(user.expert_themes.values_list("pk", flat=True))
        user._expert_theme_ids_cache = cached
    return cached


def moderated_theme_ids(user) -> frozenset[int] | None:
    """None when `user` moderates every theme (a curator); else the themes they moderate:
    empty for visitors and members."""
    if user is None or not user.is_authenticated:
        return frozenset()
    if is_curator(user):
        return None
    return expert_theme_ids(user)
