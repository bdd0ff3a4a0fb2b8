import factory

from vraagbaak.models import Flag, FlagReason

from .accounts import UserFactory


class FlagFactory(factory.django.DjangoModelFactory):
    """Pass exactly one of question=, answer=, comment= (and theme= of that post)."""

    class Meta:
        model = Flag

    reporter = factory.SubFactory(UserFactory)
    reason = FlagReason.SPAM
