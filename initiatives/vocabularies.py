"""Fixed value lists of the registry, after the Algoritmeregister, PSTW and the Algoritmekader.

See shared/data/vocabularies.md: the stored values are the register's own
slugs so entries can be exchanged; the labels are translatable.
"""

from typing import NamedTuple

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Beleidsterrein(models.TextChoices):
    """The 16 themes of the Algoritmeregister (KOOP thema-indeling)."""

    ORGANISATIE = "organisatie-en-bedrijfsvoering", _("Organisation and operations")
    CULTUUR = "cultuur-en-recreatie", _("Culture and recreation")
    ECONOMIE = "economie", _("Economy")
    FINANCIEN = "overheidsfinancien", _("Public finance")
    WONEN = "wonen", _("Housing")
    INTERNATIONAAL = "internationaal", _("International")
    MIGRATIE = "migratie-en-integratie", _("Migration and integration")
    NATUUR = "natuur-en-milieu", _("Nature and environment")
    ONDERWIJS = "onderwijs-en-wetenschap", _("Education and science")
    VEILIGHEID = "openbare-orde-en-veiligheid", _("Public order and safety")
    RECHT = "recht", _("Law")
    RUIMTE = "ruimte-en-infrastructuur", _("Spatial planning and infrastructure")
    SOCIALE_ZEKERHEID = "sociale-zekerheid", _("Social security")
    VERKEER = "verkeer", _("Traffic")
    WERK = "werk", _("Work")
    ZORG = "zorg-en-gezondheid", _("Care and health")


class Status(models.TextChoices):
    IDEE = "idee", _("Idea")
    ONTWIKKELING = "in-ontwikkeling", _("In development")
    PILOT = "pilot", _("Pilot")
    IN_GEBRUIK = "in-gebruik", _("In use")
    GESTOPT = "gestopt", _("Stopped")


class RiskGroup(models.TextChoices):
    """EU AI Act risk group (Algoritmekader `risicogroep`)."""

    VERBODEN = "verboden", _("Prohibited AI")
    HOOG = "hoog-risico", _("High-risk AI system")
    GEEN_HOOG = "geen-hoog-risico", _("Not a high-risk AI system")
    UITZONDERING = "uitzondering", _("Exception applies")
    NIET_VAN_TOEPASSING = "geen-ai-systeem", _("Not applicable (not an AI system)")
    ONBEPAALD = "nog-niet-bepaald", _("Not yet determined")


class Transparency(models.TextChoices):
    """Transparency obligation under art. 50 of the AI Act."""

    JA = "ja", _("Yes")
    NEE = "nee", _("No")
    ONBEPAALD = "nog-niet-bepaald", _("Not yet determined")


class Technique(models.TextChoices):
    GENERATIEF = "generatieve-ai", _("Generative AI / language model")
    NLP = "tekstanalyse", _("Text analysis (NLP)")
    SPRAAK = "spraakherkenning", _("Speech recognition")
    BEELD = "beeldherkenning", _("Image recognition")
    VOORSPELLEND = "voorspellend-model", _("Predictive model / classification")
    OPTIMALISATIE = "optimalisatie", _("Optimisation and planning")
    REGELS = "regelgebaseerd", _("Rule-based system")
    OVERIG = "overig", _("Other")


class PublicationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    CHANGES_REQUESTED = "changes-requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    ARCHIVED = "archived", _("Archived")


class Source(models.TextChoices):
    PORTAL = "portal", _("Entered on this portal")
    PSTW = "pstw", _("EU Public Sector Tech Watch")
    IMPORT = "import", _("Imported file")


class ContentLanguage(models.TextChoices):
    DUTCH = "nl", pgettext_lazy("language of a text", "Dutch")
    ENGLISH = "en", pgettext_lazy("language of a text", "English")


class Credit(NamedTuple):
    """What a third-party source's licence asks of whoever shows its data: name it, link it."""

    text: str
    source_url: str
    licence: str  # SPDX identifier
    licence_url: str


SOURCE_CREDIT = {
    Source.PSTW: Credit(
        text=_("Source: European Commission, JRC, Public Sector Tech Watch, CC BY 4.0"),
        source_url="https://data.europa.eu/89h/e8e7bddd-8510-4936-9fa6-7e1b399cbd92",
        licence="CC-BY-4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
    ),
}
