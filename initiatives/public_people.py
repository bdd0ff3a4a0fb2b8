"""Whom the registry names in public: contacts of published initiatives and the experts
who chose to be listed on theme pages (accounts/public_profiles.py, through PUBLIC_PROFILE_FILTERS)."""

from django.db.models import Exists, OuterRef, Q

from .models import Initiative, Theme


def publicly_named() -> Q:
    person = OuterRef("pk")
    contacts = Initiative.objects.published().filter(contact_user=person)
    experts = Theme.experts.through.objects.filter(user=person, user__listed_as_expert=True)
    return Q(Exists(contacts)) | Q(Exists(experts))
