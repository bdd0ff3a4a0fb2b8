"""Which profiles visitors may open: only of people the portal already names in public.

Profile ids are sequential, so showing every profile to visitors would hand out the whole
membership. The parts that name people in public (the vraagbaak's posts, the registry's
contacts and theme experts) each say whom they name, as a filter on User, through the
PUBLIC_PROFILE_FILTERS setting: functions `() -> Q` (in the spirit of accounts/sections.py,
so this part imports neither). Signed-in members see every active profile.
"""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.module_loading import import_string

from .models import User


def publicly_named() -> Q:
    filters = [import_string(path)() for path in settings.PUBLIC_PROFILE_FILTERS]
    # Without any part naming people, nobody's profile is public.
    return reduce(or_, filters, Q(pk__in=[]))


def profiles_visible_to(user, queryset: QuerySet | None = None) -> QuerySet:
    queryset = User.objects.filter(is_active=True) if queryset is None else queryset
    if user.is_authenticated:
        return queryset
    return queryset.filter(publicly_named())
