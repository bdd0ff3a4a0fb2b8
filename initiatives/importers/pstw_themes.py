"""Which of our themes a Tech Watch case is about: a suggestion, for a curator to confirm.

The most specific evidence first (the application type, the AI keywords, the technique),
then the AI classification's subdomain, then the function of government (COFOG), and last
the AI classification's top level, which every AI case has. So every AI case gets at least
one theme; a case without any of these (a blockchain case imported with --technology) may
get none, and is reported. The themes are slugs of the seeded themes
(initiatives/migrations/0002_roles_and_themes.py).

Embeddings of the text (the finding-by-meaning issue) are not used yet: the registry has
none to hand at import time.
"""

from ..vocabularies import Technique

CHATBOTS = "zoeken-kennisbanken-en-chatbots"
SPEECH = "spraak-transcriptie-en-vertalen"
CLASSIFY = "post-en-vragen-classificeren"
ENFORCEMENT = "toezicht-inspectie-en-handhaving"
PREDICT = "voorspellen-en-plannen"
VISION = "beeld-en-documentherkenning"
WRITING = "schrijven-en-samenvatten"

BY_APPLICATION = {
    "smart recognition processes": VISION,
    "predictive enforcement processes": ENFORCEMENT,
    "supporting inspection processes": ENFORCEMENT,
    "monitoring policy implementation": ENFORCEMENT,
    "prediction and planning": PREDICT,
    "engagement management": CHATBOTS,
    "procurement management": "inkoop-en-leveranciers",
}
BY_KEYWORD = {
    "chatbot": CHATBOTS,
    "speech": SPEECH,
    "translation": SPEECH,
    "text classification": CLASSIFY,
    "categorisation": CLASSIFY,
    "anonymi": "anonimiseren-en-woo-verzoeken",
    "image": VISION,
}
BY_TECHNIQUE = {
    Technique.GENERATIEF: WRITING,
    Technique.SPRAAK: SPEECH,
    Technique.BEELD: VISION,
}
# "AI Classification Subdomain (II) (main)", folded.
BY_SUBDOMAIN = {
    "computer vision": VISION,
    "audio processing": SPEECH,
    "natural language processing": CLASSIFY,
    "knowledge representation": CHATBOTS,
    "searching": CHATBOTS,
    "ai services": CHATBOTS,
    "generative ai": WRITING,
    "planning and scheduling": PREDICT,
    "machine learning": PREDICT,
    "deep learning": PREDICT,
    "optimisation": PREDICT,
}
# "Functions of Government (COFOG level II)" then level I, folded.
BY_COFOG_II = {
    "police services": ENFORCEMENT,
    "law courts": ENFORCEMENT,
    "public order and safety n e c": ENFORCEMENT,
    "fire protection services": ENFORCEMENT,
    "transport": PREDICT,
}
BY_COFOG_I = {
    "public order and safety": ENFORCEMENT,
    "defence": ENFORCEMENT,
    "environmental protection": ENFORCEMENT,
    "economic affairs": PREDICT,
    "housing and community amenities": PREDICT,
    "health": PREDICT,
    "social protection": CLASSIFY,
    "education": CHATBOTS,
    "general public services": CLASSIFY,
    "recreation culture and religion": CHATBOTS,
}
# "AI Classification (I)", folded: every AI case of the file has one.
BY_CLASSIFICATION = {
    "perception": VISION,
    "planning": PREDICT,
    "learning": PREDICT,
    "reasoning": PREDICT,
    "communication": CHATBOTS,
    "integration and interaction": CHATBOTS,
    "services": CHATBOTS,
    "ethics and philosophy": "ai-verordening-en-verantwoord-gebruik",
}


def suggest_themes(*, application: str, keywords: str, technique: str, subdomain: str,
                   cofog_i: str, cofog_ii: str, classification: str) -> list[str]:
    """Theme slugs for a case, most specific first; all arguments folded (pstw._fold)."""
    themes: list[str] = []

    def add(*slugs):
        for slug in slugs:
            if slug and slug not in themes:
                themes.append(slug)

    add(BY_APPLICATION.get(application))
    add(*(slug for word, slug in BY_KEYWORD.items() if word in keywords))
    add(BY_TECHNIQUE.get(technique))
    if not themes:
        add(BY_SUBDOMAIN.get(subdomain))
    if not themes:
        add(BY_COFOG_II.get(cofog_ii) or BY_COFOG_I.get(cofog_i))
    if not themes:
        add(BY_CLASSIFICATION.get(classification))
    return themes
