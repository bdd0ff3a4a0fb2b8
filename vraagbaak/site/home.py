"""What the home page shows, the portal's information point: the themes with their counts and
experts, the registry at a glance (per theme and status) with its newest good examples, the
open questions that still need an answer, and a few numbers that show the community at work.
A fixed number of queries, however much there is."""

from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.models import Organisation, User
from initiatives.models import Initiative, Theme
from initiatives.overview import registry_overview
from initiatives.vocabularies import PublicationState

from ..choices import QuestionState
from ..models import Answer, Question

EXPERTS_PER_THEME = 3
OPEN_QUESTIONS = 8


def _count_per_theme(queryset, field: str):
    """A correlated COUNT per theme, so that two counts on one row do not multiply each other."""
    counted = queryset.filter(**{field: OuterRef("pk")}).order_by().values(field)
    return Coalesce(Subquery(counted.annotate(n=Count("pk")).values("n")[:1]), 0)


def themes_for_home():
    """Every theme with its public questions, published initiatives and experts (as the theme
    page lists them: active ones)."""
    experts = User.objects.filter(is_active=True).select_related("organisation")
    return Theme.objects.order_by("position", "name").annotate(
        question_count=_count_per_theme(Question.objects.public(), "theme"),
        initiative_count=_count_per_theme(Initiative.objects.published(), "themes"),
    ).prefetch_related(Prefetch("experts", to_attr="home_experts",
                                queryset=experts.order_by("display_name")))


def open_questions(user):
    """Questions without an answer yet that still wait for one: closed ones are done."""
    return (Question.objects.visible_to(user).for_list().unanswered()
            .exclude(state=QuestionState.CLOSED).order_by("-created_at")[:OPEN_QUESTIONS])


def community_numbers() -> dict:
    month_start = timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    answered = (Answer.objects.published().filter(created_at__gte=month_start,
                                                  question__in=Question.objects.public())
                .values("question").distinct().count())
    taking_part = Organisation.objects.filter(
        Q(members__is_active=True) | Q(initiatives__publication_state=PublicationState.PUBLISHED)
    ).distinct().count()
    return {"answered_this_month": answered, "organisations_taking_part": taking_part}


def home_context(user) -> dict:
    themes = list(themes_for_home())
    # The registry at a glance and its newest good examples, cached per content version; when
    # built here, from the themes' counts above (the same published initiatives per theme).
    overview = registry_overview(themes)
    return {
        "themes": themes,
        "overview": overview,
        "good_examples": overview["good_examples"],
        "open_questions": open_questions(user),
        # The registry's size is the status chart's total: every initiative has a status.
        "initiative_count": overview["total"],
        **community_numbers(),
    }
