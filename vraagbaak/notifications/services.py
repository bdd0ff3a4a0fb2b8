"""Writes for following questions and themes. Callers checked permissions."""

from django.db import IntegrityError, transaction

from initiatives.models import Theme

from ..models import Question, Subscription


def _follow(user, **target) -> Subscription:
    try:
        with transaction.atomic():
            subscription, _ = Subscription.objects.get_or_create(user=user, **target)
    except IntegrityError:  # followed twice at once: the other request made it
        subscription = Subscription.objects.get(user=user, **target)
    return subscription


@transaction.atomic
def question_follow(*, user, question: Question) -> Subscription:
    return _follow(user, question=question)


@transaction.atomic
def question_unfollow(*, user, question: Question) -> None:
    Subscription.objects.filter(user=user, question=question).delete()


@transaction.atomic
def theme_follow(*, user, theme: Theme) -> Subscription:
    return _follow(user, theme=theme)


@transaction.atomic
def theme_unfollow(*, user, theme: Theme) -> None:
    Subscription.objects.filter(user=user, theme=theme).delete()
