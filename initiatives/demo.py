# ruff: noqa: E501  (demo prose: one string per field reads better than wrapped fragments)
"""The demo registry: the real Dutch Tech Watch cases, and a few invented initiatives. Development only.

Called by `manage.py load_demo` after accounts' demo (whose organisations carry the
English spellings of the Tech Watch as aliases, so the real cases land on them). The
AI cases of the shipped subset (initiatives/techwatch.py) go through the importer,
published, with the themes it derives from each case. The invented initiatives are only
there for states the real data lacks: good examples with results and lessons learned
(the home page features good examples), a stopped pilot with its lessons, and a proposal
waiting for a curator. They carry the tag "demo", and their page says so.

A re-run updates instead of duplicating: the real cases by their PSTW ID, the invented
ones by their slug.
"""

import io
from datetime import date

from django.utils import timezone
from django.utils.text import slugify

from . import techwatch
from .importers.base import apply_records
from .importers.reading import read_file
from .importers.records import ImportResult
from .models import Initiative, Theme
from .services import initiative_index
from .vocabularies import Beleidsterrein as B
from .vocabularies import PublicationState, RiskGroup, Source, Status, Technique

S, T, R = Status, Technique, RiskGroup
DEMO_TAG = "demo"
CURATOR = "curator@minbzk.example"
# Earlier demos wrote about forty invented initiatives ending in this line; a re-run removes them.
RETIRED_MARK = "*Demo-initiatief, geschreven voor dit project.*"

INVENTED = [
    {"title": "Samenvatten van raadsstukken met een taalmodel", "lead": "Gemeente Utrecht",
     "themes": ["schrijven-en-samenvatten"], "status": S.PILOT, "technique": T.GENERATIEF,
     "beleidsterrein": B.ORGANISATIE, "year": 2024, "good": True, "by": "lid@utrecht.example",
     "summary": "Een taalmodel in de eigen cloudomgeving maakt conceptsamenvattingen van raadsvoorstellen voor raadsleden.",
     "results": "Griffiemedewerkers besparen gemiddeld een uur per raadsvoorstel; elke samenvatting wordt door een mens gecontroleerd.",
     "lessons": "Zet de bron naast de samenvatting: raadsleden vertrouwden de tool pas toen ze konden doorklikken naar de passage."},
    {"title": "Woo-verzoeken sneller lakken met AI-ondersteuning",
     "lead": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "partners": ["Gemeente Den Haag"],
     "themes": ["anonimiseren-en-woo-verzoeken", "privacy-en-gegevensbescherming"], "status": S.IN_GEBRUIK,
     "technique": T.NLP, "beleidsterrein": B.ORGANISATIE, "year": 2023, "good": True,
     "summary": "Herkenning van persoonsgegevens in documenten die onder de Woo openbaar worden gemaakt, met een menselijke eindcontrole.",
     "results": "De doorlooptijd van grote Woo-verzoeken daalde met ongeveer een derde.",
     "lessons": "Namen in handgeschreven notities en scans mist het model nog vaak; plan die controle apart in."},
    {"title": "Voorspellen van onderhoud aan gemalen", "lead": "Waterschap Aa en Maas",
     "themes": ["voorspellen-en-plannen"], "status": S.IN_GEBRUIK, "technique": T.VOORSPELLEND,
     "beleidsterrein": B.NATUUR, "year": 2021, "good": True,
     "summary": "Sensordata van pompen voorspellen wanneer onderhoud nodig is, voordat een gemaal uitvalt.",
     "results": "Minder storingen tijdens piekbuien en beter geplande onderhoudsrondes.",
     "lessons": "Begin met de gemalen waar de meeste data van is; een model voor alles tegelijk werkte niet."},
    {"title": "Chatbot voor vragen over de WOZ-waarde", "lead": "Gemeente Rotterdam",
     "themes": ["zoeken-kennisbanken-en-chatbots"], "status": S.GESTOPT, "technique": T.GENERATIEF,
     "beleidsterrein": B.FINANCIEN, "year": 2023,
     "summary": "Proef met een chatbot die inwoners uitleg geeft over hun WOZ-beschikking.",
     "results": "Inwoners waardeerden de snelle antwoorden, maar het aantal bezwaren veranderde niet.",
     "lessons": "Gestopt: de chatbot gaf bij specifieke woningen soms stellige maar onjuiste antwoorden. Algemene uitleg werkt; advies over een individuele beschikking niet."},
    {"title": "Chatbot voor vragen over afval en parkeren", "lead": "Gemeente Utrecht",
     "themes": ["zoeken-kennisbanken-en-chatbots"], "status": S.IDEE, "technique": T.GENERATIEF,
     "beleidsterrein": B.ORGANISATIE, "year": 2026, "by": "lid@utrecht.example",
     "state": PublicationState.SUBMITTED,
     "summary": "Voorstel: een chatbot op de website die vragen over afval, parkeren en paspoorten beantwoordt uit gecontroleerde webteksten, met altijd een route naar een medewerker.",
     "results": "", "lessons": ""},
]


def load_tech_watch(*, reviewer=None) -> ImportResult:
    """Import the shipped Dutch AI cases, published (the blockchain cases are no AI)."""
    subset = techwatch.cut(techwatch.DUTCH_CASES.read_bytes(), techwatch.is_ai)
    records, filtered_out = read_file(io.BytesIO(subset), "pstw", country="Netherlands")
    return apply_records(records, publish=True, actor=reviewer, filtered_out=filtered_out)


def load(organisations: dict, people: list | None = None) -> tuple[ImportResult, list[Initiative]]:
    """The real cases, then the invented ones; `organisations` is accounts.demo.load()'s map."""
    users = {user.email: user for user, _role in (people or [])}
    imported = load_tech_watch(reviewer=users.get(CURATOR))
    invented = [_invent(item, number, organisations, users) for number, item in enumerate(INVENTED)]
    Initiative.objects.filter(source=Source.PORTAL, description__endswith=RETIRED_MARK).exclude(
        pk__in=[initiative.pk for initiative in invented]
    ).delete()
    return imported, invented


def _invent(item: dict, number: int, organisations: dict, users: dict) -> Initiative:
    themes = Theme.objects.filter(slug__in=item["themes"])
    state = item.get("state", PublicationState.PUBLISHED)
    published = state == PublicationState.PUBLISHED
    # Confirmed a while ago, each a little longer: the curators' "stale" list has a spread.
    confirmed = timezone.now() - timezone.timedelta(days=30 + 13 * number)
    lead = item["lead"]
    initiative, _created = Initiative.objects.update_or_create(
        slug=slugify(item["title"])[:200],
        defaults={
            "title": item["title"], "summary": item["summary"], "description": item["summary"],
            "lead_organisation": organisations[lead], "status": item["status"],
            "technique": item["technique"], "beleidsterrein": item["beleidsterrein"],
            "risk_group": R.GEEN_HOOG, "start_date": date(item["year"], 1, 1),
            "end_date": date(item["year"] + 1, 6, 1) if item["status"] == S.GESTOPT else None,
            "is_good_example": item.get("good", False),
            "results": item["results"], "lessons_learned": item["lessons"],
            "publication_state": state,
            "published_at": confirmed if published else None,
            "confirmed_at": confirmed if published else None,
            "contact_name": "Team AI en data", "contact_email": f"ai@{slugify(lead)[:30]}.example",
            "submitted_by": users.get(item.get("by", "")),
        },
    )
    initiative.themes.set(themes)
    initiative.partner_organisations.set([organisations[name] for name in item.get("partners", [])])
    initiative.tags.set([DEMO_TAG])
    initiative_index(initiative=initiative)
    # Last changed a while ago, so the registry (newest first) opens with the real cases.
    Initiative.objects.filter(pk=initiative.pk).update(updated_at=confirmed)
    return initiative
