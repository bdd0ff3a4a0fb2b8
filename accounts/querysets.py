from django.db import models
from django.db.models import Count, Q


class OrganisationQuerySet(models.QuerySet):
    def of_types(self, types):
        return self.filter(type__in=types) if types else self

    def with_member_count(self):
        return self.annotate(member_count=Count("members", filter=Q(members__is_active=True)))
