"""Writes for following questions and themes. Callers checked permissions."""

from django.db import transaction

from initiatives.models import Theme

from ..models import Question, Subscription


def _follow(user, **target) -> None:
    """One statement: following again, or twice at once, leaves the one subscription (the
    unique constraints skip the row), without a savepoint or a read first."""
    Subscription.objects.bulk_create([Subscription(user=user, **target)], ignore_conflicts=True)


def question_follow(*, user, question: Question) -> None:
    _follow(user, question=question)


@transaction.atomic
def question_unfollow(*, user, question: Question) -> None:
    Subscription.objects.filter(user=user, question=question).delete()


def theme_follow(*, user, theme: Theme) -> None:
    _follow(user, theme=theme)


@transaction.atomic
def theme_unfollow(*, user, theme: Theme) -> None:
    Subscription.objects.filter(user=user, theme=theme).delete()
