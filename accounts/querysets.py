from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q

from . import roles


class OrganisationQuerySet(models.QuerySet):
    def of_types(self, types):
        return self.filter(type__in=types) if types else self

    def with_member_count(self):
        return self.annotate(member_count=Count("members", filter=Q(members__is_active=True)))


def _in_group(name: str) -> Exists:
    # Exists rather than a join: no duplicate rows, so no distinct() that later filters,
    # counts or value lists would have to carry along.
    return Exists(Group.objects.filter(user=OuterRef("pk"), name=name))


class UserQuerySet(models.QuerySet):
    """Audiences in SQL, each the rule of its predicate in accounts.permissions.

    The predicates also require the *current* session to have passed the second factor;
    work outside a request (notifications, reminders) falls back to "has an
    authenticator", as permissions.can_use_powers does there.
    """

    def with_powers(self):
        """Active, with two-factor set up: the rule of permissions.can_use_powers for the
        roles that hold powers (expert, curator, staff)."""
        return self.filter(
            Exists(Authenticator.objects.filter(user=OuterRef("pk"))), is_active=True
        )

    def curators(self):
        """permissions.is_curator: superusers and the curator group, with powers."""
        return self.with_powers().filter(Q(is_superuser=True) | _in_group(roles.CURATOR))

    def experts(self):
        """permissions.is_expert for some theme: holding the expert role, appointed to a
        theme, with powers."""
        return self.with_powers().filter(
            _in_group(roles.EXPERT), Exists(self.model.expert_themes.through.objects.filter(
                user=OuterRef("pk")))
        )

    def experts_of(self, theme):
        """permissions.is_expert, for one theme (a Theme or its id): appointed to it and
        still holding the expert role, with powers."""
        return self.with_powers().filter(_in_group(roles.EXPERT), expert_themes=theme)

    def experts_of_any(self, theme_ids):
        """experts_of for several themes at once: experts of at least one of them."""
        return self.with_powers().filter(
            _in_group(roles.EXPERT), expert_themes__in=theme_ids
        ).distinct()
