"""How a demo question is written down: q() and a(), and the slugs of the seeded themes."""


def q(theme, asker, title, body, tags, answers=(), accepted=None, comments=()):
    return {"theme": theme, "asker": asker, "title": title, "body": body, "tags": tags,
            "answers": answers, "accepted": accepted, "comments": comments}


def a(author, body, comments=()):
    return {"author": author, "body": body, "comments": comments}


WOO = "anonimiseren-en-woo-verzoeken"
SCHRIJVEN = "schrijven-en-samenvatten"
CHATBOTS = "zoeken-kennisbanken-en-chatbots"
SPRAAK = "spraak-transcriptie-en-vertalen"
POST = "post-en-vragen-classificeren"
TOEZICHT = "toezicht-inspectie-en-handhaving"
VOORSPELLEN = "voorspellen-en-plannen"
BEELD = "beeld-en-documentherkenning"
SOFTWARE = "softwareontwikkeling-met-ai"
PRIVACY = "privacy-en-gegevensbescherming"
AIACT = "ai-verordening-en-verantwoord-gebruik"
INKOOP = "inkoop-en-leveranciers"
TRAINING = "ai-geletterdheid-en-training"
