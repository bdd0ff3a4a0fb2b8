"""Demo questions, answers, votes and comments, for a newcomer's first look. Development only.

About fifty realistic Dutch questions about AI at work, written for this
project, asked and answered by the demo people of accounts/demo.py. Loading
again updates the same questions instead of adding copies (keyed on the title).
"""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import User
from initiatives.markup import render_markdown
from initiatives.models import Initiative, Theme
from initiatives.vocabularies import Source

from .demo_content import QUESTIONS
from .models import Answer, AnswerState, Comment, PinnedAnswer, Question, Vote
from .services.questions import question_slug
from .services.refresh import question_refresh, score_refresh
from .services.revisions import revision_record

PEOPLE = {
    "sanne": "lid@utrecht.example",
    "mohamed": "lid2@uwv.example",
    "eva": "lid3@noord-holland.example",
    "pieter": "lid4@aaenmaas.example",
    "lotte": "expert@minbzk.example",
    "jeroen": "expert2@amsterdam.example",
    "fatima": "curator@minbzk.example",
}

# Questions about initiatives of the registry, so the two parts point at each other:
# question title -> PSTW IDs of real Tech Watch cases on the same subject, or slugs of
# the few invented ones (initiatives/demo.py).
INITIATIVE_LINKS = {
    "Mag ik een taalmodel gebruiken om Woo-verzoeken samen te vatten?":
        ["woo-verzoeken-sneller-lakken-met-ai-ondersteuning"],
    "Welke tools zijn er om documenten automatisch te anonimiseren?":
        ["woo-verzoeken-sneller-lakken-met-ai-ondersteuning"],
    "Kan AI helpen bij het inventariseren van documenten voor een Woo-verzoek?": ["PSTW-329"],
    "Mag ik Copilot gebruiken om raadsvoorstellen te schrijven?":
        ["samenvatten-van-raadsstukken-met-een-taalmodel", "PSTW-2631"],
    "Kan AI brieven aan inwoners in begrijpelijke taal herschrijven?": ["PSTW-1302"],
    "Wat zijn de ervaringen met chatbots op gemeentelijke websites?":
        ["chatbot-voor-vragen-over-de-woz-waarde", "PSTW-177", "PSTW-1566", "PSTW-302"],
    "Hoe bouw je een interne kennisbank met een taalmodel erop?": ["PSTW-2518", "PSTW-327"],
    "Welke taalmodellen kunnen we zelf hosten?": ["PSTW-2174", "PSTW-2631"],
    "Mogen we vergaderingen laten transcriberen met AI?": ["PSTW-71"],
    "Welke spraak-naar-tekstsoftware werkt goed in het Nederlands?": ["PSTW-71"],
    "Kan AI helpen met het vertalen van brieven voor anderstaligen?": ["PSTW-2472"],
    "Kan AI binnenkomende post automatisch naar de juiste afdeling sturen?":
        ["PSTW-329", "PSTW-1035"],
    "Hoe gaan we om met klachten die AI verkeerd heeft ingedeeld?": ["PSTW-1035"],
    "Mag een algoritme de urgentie van meldingen bepalen?": ["PSTW-1035", "PSTW-79", "PSTW-367"],
    "Kunnen we satellietbeelden gebruiken om illegale lozingen op te sporen?":
        ["PSTW-315", "PSTW-364"],
    "Hoe voorkom je discriminatie bij risicoprofilering?": ["PSTW-78", "PSTW-1132", "PSTW-1130"],
    "Mag een inspecteur een AI-app gebruiken voor het herkennen van gebreken?":
        ["PSTW-310", "PSTW-341"],
    "Kan AI het onderhoud van gemalen voorspellen?":
        ["voorspellen-van-onderhoud-aan-gemalen", "PSTW-365", "PSTW-386"],
    "Mogen we voorspellen welke inwoners schulden krijgen?":
        ["PSTW-339", "PSTW-382", "PSTW-390"],
    "Kan AI handgeschreven historische documenten lezen?": ["PSTW-373"],
    "Mogen we camerabeelden gebruiken om zwerfafval te herkennen?": ["PSTW-181", "PSTW-343"],
    "Hoe gebruik je AI voor het samenvatten van inspraakreacties?": ["PSTW-2407", "PSTW-2153"],
    "Kan AI helpen bij het plannen van onderhoud aan provinciale wegen?": ["PSTW-311"],
}


def _linked_initiatives(keys: list[str]):
    ids = [key for key in keys if key.startswith("PSTW-")]
    return Initiative.objects.filter(
        Q(source=Source.PSTW, source_id__in=ids) | Q(slug__in=set(keys) - set(ids))
    )


def _users() -> dict[str, User]:
    users = {key: User.objects.filter(email=email).first() for key, email in PEOPLE.items()}
    missing = [email for key, email in PEOPLE.items() if users[key] is None]
    if missing:
        raise RuntimeError(f"Load the demo people first (accounts.demo); missing: {missing}")
    return users


def _comment(author, body, *, question=None, answer=None, when):
    if not Comment.objects.filter(question=question, answer=answer, author=author, body=body).exists():
        Comment.objects.create(question=question, answer=answer, author=author, body=body, created_at=when)


def _votes(users, post_filter, author, up: int, down: int = 0):
    """`up` members vote up and `down` vote down, never the author; the same members each run."""
    voters = [user for key, user in sorted(users.items()) if user.pk != author.pk]
    Vote.objects.filter(**post_filter).exclude(user__in=voters[: up + down]).delete()
    for n, voter in enumerate(voters[: up + down]):
        Vote.objects.update_or_create(user=voter, **post_filter,
                                      defaults={"value": Vote.UP if n < up else Vote.DOWN})


@transaction.atomic
def load() -> list[Question]:
    """Create or update the demo questions. Needs the demo people and the seeded themes."""
    users = _users()
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    now = timezone.now()
    loaded = []
    total = len(QUESTIONS)
    for index, item in enumerate(QUESTIONS):
        # Spread over the last months: the first question is the oldest.
        asked_at = now - timezone.timedelta(days=(total - index) * 3, hours=index % 7)
        asker = users[item["asker"]]
        question = Question.objects.filter(title=item["title"]).first()
        if question is None:
            question = Question(title=item["title"], created_at=asked_at, last_activity_at=asked_at)
        question.slug = question_slug(item["title"])
        question.body = item["body"]
        question.body_html = render_markdown(item["body"])
        question.author = asker
        question.theme = themes[item["theme"]]
        question.save()
        question.tags.set(item["tags"])
        # Initiatives missing from the registry (its demo not loaded) are simply not linked.
        question.initiatives.set(_linked_initiatives(INITIATIVE_LINKS.get(item["title"], [])))
        if not question.revisions.exists():
            revision = revision_record(question=question, edited_by=asker)
            revision.created_at = question.created_at
            revision.save(update_fields=["created_at"])
        for comment_author, body in item["comments"]:
            _comment(users[comment_author], body, question=question,
                     when=asked_at + timezone.timedelta(hours=2))
        answers = []
        for position, answer_item in enumerate(item["answers"]):
            author = users[answer_item["author"]]
            answered_at = asked_at + timezone.timedelta(hours=5 + 9 * position)
            answer = Answer.objects.filter(question=question, author=author).first()
            if answer is None:
                answer = Answer(question=question, author=author, created_at=answered_at,
                                published_at=answered_at)
            answer.body = answer_item["body"]
            answer.body_html = render_markdown(answer_item["body"])
            answer.state = AnswerState.PUBLISHED
            answer.save()
            if not answer.revisions.exists():
                revision = revision_record(answer=answer, edited_by=author)
                revision.created_at = answered_at
                revision.save(update_fields=["created_at"])
            for comment_author, body in answer_item["comments"]:
                _comment(users[comment_author], body, answer=answer,
                         when=answered_at + timezone.timedelta(hours=1))
            accepted = item["accepted"] == position
            _votes(users, {"answer": answer}, author, up=(3 if accepted else 1) + position % 2,
                   down=1 if position == 2 else 0)
            score_refresh(post=answer)
            answers.append(answer)
        _votes(users, {"question": question}, asker, up=index % 4)
        question.accepted_answer = answers[item["accepted"]] if item["accepted"] is not None else None
        question.save(update_fields=["accepted_answer"])
        question_refresh(question=question, touch=False)
        last = max([question.created_at, *(answer.created_at for answer in answers)])
        Question.objects.filter(pk=question.pk).update(last_activity_at=last,
                                                       view_count=7 + (index * 13) % 90)
        loaded.append(question)
    _pin_accepted(loaded)
    return loaded


PINS_PER_THEME = 3


def _pin_accepted(questions: list[Question]) -> None:
    """Each theme's guide pins the accepted answers of its first questions (once: a curator's
    later choice stays)."""
    pinned_themes = set(PinnedAnswer.objects.values_list("theme_id", flat=True))
    per_theme: dict[int, list[int]] = {}
    for question in questions:
        if question.accepted_answer_id and question.theme_id not in pinned_themes:
            per_theme.setdefault(question.theme_id, []).append(question.accepted_answer_id)
    PinnedAnswer.objects.bulk_create([
        PinnedAnswer(theme_id=theme_id, answer_id=answer_id, position=position)
        for theme_id, answer_ids in per_theme.items()
        for position, answer_id in enumerate(answer_ids[:PINS_PER_THEME], start=1)
    ])
