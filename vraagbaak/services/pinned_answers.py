"""Curators pin canonical answers in a theme's guide, unpin them and change their order.

Each step is written to the guide's log (initiatives.services.theme_guides.theme_guide_log).
The theme's row is locked first, so two curators at once cannot give two pins one position.
The callers checked can_curate(curator) and that the answer may be pinned (pinnable_answers).
"""

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import F, Max
from django.utils.translation import gettext as _

from initiatives.models import Theme
from initiatives.services.theme_guides import theme_guide_log
from initiatives.theme_guides import GuideStep

from ..models import Answer, PinnedAnswer

UP, DOWN = -1, 1


def pinnable_answers(theme: Theme):
    """What may be pinned in `theme`'s guide: answers every visitor sees (published, in a
    question nobody hid), in the theme's questions, not pinned there yet; verified ones first."""
    return (
        Answer.objects.visible_to(AnonymousUser()).filter(question__theme=theme)
        .exclude(pins__theme=theme).select_related("question", "author")
        .order_by(F("verified_at").desc(nulls_last=True), "-score", "-created_at")
    )


def _note(answer: Answer) -> str:
    return _("“%(title)s”, answer %(pk)s") % {"title": answer.question.title, "pk": answer.pk}


def _lock(theme: Theme) -> Theme:
    return Theme.objects.select_for_update().get(pk=theme.pk)


def _renumber(theme: Theme, pins: list[PinnedAnswer]) -> None:
    for position, pin in enumerate(pins, start=1):
        pin.position = position
    PinnedAnswer.objects.bulk_update(pins, ["position"])


@transaction.atomic
def answer_pin(*, theme: Theme, answer: Answer, curator) -> PinnedAnswer:
    """Pin `answer` last in the guide; an answer pinned already stays where it is."""
    theme = _lock(theme)
    pin = PinnedAnswer.objects.filter(theme=theme, answer=answer).first()
    if pin is not None:
        return pin
    last = PinnedAnswer.objects.filter(theme=theme).aggregate(last=Max("position"))["last"]
    pin = PinnedAnswer.objects.create(
        theme=theme, answer=answer, position=(last or 0) + 1, pinned_by=curator
    )
    theme_guide_log(theme=theme, curator=curator, step=GuideStep.PIN, note=_note(answer))
    return pin


@transaction.atomic
def answer_unpin(*, pin: PinnedAnswer, curator) -> None:
    theme = _lock(pin.theme)
    answer = Answer.objects.select_related("question").get(pk=pin.answer_id)
    PinnedAnswer.objects.filter(pk=pin.pk).delete()
    _renumber(theme, list(PinnedAnswer.objects.filter(theme=theme).order_by("position", "pk")))
    theme_guide_log(theme=theme, curator=curator, step=GuideStep.UNPIN, note=_note(answer))


@transaction.atomic
def pinned_answer_move(*, pin: PinnedAnswer, offset: int, curator) -> bool:
    """Move the pin one place up (UP) or down (DOWN); False when it is first or last already."""
    theme = _lock(pin.theme)
    pins = list(PinnedAnswer.objects.filter(theme=theme).select_related("answer__question")
                .order_by("position", "pk"))
    index = next((n for n, other in enumerate(pins) if other.pk == pin.pk), None)
    if index is None or not 0 <= index + offset < len(pins):
        return False
    pins[index], pins[index + offset] = pins[index + offset], pins[index]
    _renumber(theme, pins)
    moved = pins[index + offset]
    note = _("%(answer)s, now at place %(position)s") % {
        "answer": _note(moved.answer), "position": moved.position}
    theme_guide_log(theme=theme, curator=curator, step=GuideStep.MOVE, note=note)
    return True
