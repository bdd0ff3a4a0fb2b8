"""Confirming a suggested cross-link: a question is about an initiative of the registry."""

from django.db import transaction

from initiatives.models import Initiative

from ..models import Question


@transaction.atomic
def question_link_initiative(*, question: Question, initiative: Initiative, linked_by) -> None:
    """Link `initiative` to `question`. The caller checked can_edit(linked_by, question) and
    that the initiative is published; linking twice changes nothing."""
    question.initiatives.add(initiative)
