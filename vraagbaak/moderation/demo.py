"""Demo moderation: experts per theme, a few pending answers, flags and a verified answer.

Runs after the questions demo and works on whatever questions exist. Safe to run
again: experts are set, demo answers and flags are found by their text, not duplicated.
"""

from django.db import transaction

from accounts.models import User
from initiatives.markup import render_markdown
from initiatives.models import Theme

from ..models import Answer, AnswerState, Flag, FlagReason, Question
from ..notifications import hooks
from ..services.refresh import question_refresh
from . import services

EXPERT_THEMES = {
    "expert@minbzk.example": [
        "ai-verordening-en-verantwoord-gebruik",
        "privacy-en-gegevensbescherming",
        "schrijven-en-samenvatten",
        "anonimiseren-en-woo-verzoeken",
    ],
    "expert2@amsterdam.example": [
        "privacy-en-gegevensbescherming",
        "zoeken-kennisbanken-en-chatbots",
        "spraak-transcriptie-en-vertalen",
    ],
}

PENDING_ANSWERS = [
    ("lid3@noord-holland.example",
     "Wij hebben hiervoor een DPIA laten doen door onze privacy officer. Vraag die van ons "
     "gerust op; de belangrijkste les was dat je vooraf vastlegt welke gegevens het model "
     "niet mag zien."),
    ("lid4@aaenmaas.example",
     "Bij ons waterschap werken we met een lokaal draaiend taalmodel, zodat er geen gegevens "
     "naar een cloudleverancier gaan. Dat kost wel meer beheer."),
]
VERIFIED_ANSWER = (
    "Let op de AI-verordening: leg vast waarvoor het systeem gebruikt wordt, zorg dat een "
    "medewerker elke uitkomst controleert en registreer het in het Algoritmeregister als het "
    "impact heeft op burgers."
)
FLAGGED_ANSWER = "Gewoon doen, niemand controleert dat toch. Meer info op mijn website."


def _user(email: str) -> User | None:
    return User.objects.filter(email=email).first()


def appoint_experts() -> None:
    for email, slugs in EXPERT_THEMES.items():
        user = _user(email)
        if user is None:
            continue
        for theme in Theme.objects.filter(slug__in=slugs):
            theme.experts.add(user)


@transaction.atomic
def load() -> dict:
    """Appoint the demo experts and add moderation examples to existing questions."""
    appoint_experts()
    curator = _user("curator@minbzk.example")
    expert = _user("expert@minbzk.example")
    questions = list(Question.objects.public().order_by("created_at")[:3])
    made = {"pending": 0, "verified": 0, "flags": 0}
    if not questions or expert is None or curator is None:
        return made
    for question, (email, body) in zip(questions, PENDING_ANSWERS, strict=False):
        author = _user(email)
        if author is None or author.pk == question.author_id:
            continue
        answer, created = Answer.objects.get_or_create(
            question=question, author=author, body=body,
            defaults={"state": AnswerState.PENDING, "body_html": render_markdown(body)},
        )
        if created:
            question_refresh(question=question, touch=False)
            hooks.on_answer_created(answer)  # the experts of the theme are told
        made["pending"] += created

    verified, created = Answer.objects.get_or_create(
        question=questions[0], author=expert, body=VERIFIED_ANSWER,
        defaults={"state": AnswerState.PUBLISHED, "body_html": render_markdown(VERIFIED_ANSWER)},
    )
    if created:
        question_refresh(question=questions[0], touch=False)
    if verified.verified_at is None and verified.state == AnswerState.PUBLISHED:
        services.answer_verify(answer=verified, by=curator)
        made["verified"] = 1

    spammer = _user("lid2@uwv.example")
    target = questions[-1]
    if spammer is not None:
        flagged, created = Answer.objects.get_or_create(
            question=target, author=spammer, body=FLAGGED_ANSWER,
            defaults={"state": AnswerState.PUBLISHED, "body_html": render_markdown(FLAGGED_ANSWER)},
        )
        if created:
            question_refresh(question=target, touch=False)
        for email, reason in [("lid@utrecht.example", FlagReason.WRONG),
                              ("lid3@noord-holland.example", FlagReason.SPAM)]:
            reporter = _user(email)
            if reporter is not None and not Flag.objects.filter(reporter=reporter, answer=flagged).exists():
                services.flag_create(post=flagged, reporter=reporter, reason=reason,
                                     note="Dit advies klopt niet." if reason == FlagReason.WRONG else "")
                made["flags"] += 1
    return made
