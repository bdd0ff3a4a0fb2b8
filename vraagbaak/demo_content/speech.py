"""Demo questions in the theme speech, transcription and translation."""

from .shape import SPRAAK, a, q

QUESTIONS = [
    q(SPRAAK, "sanne", "Mogen we vergaderingen laten transcriberen met AI?",
      "Teams kan vergaderingen automatisch uitschrijven en samenvatten. Mag dat zomaar bij "
      "overleggen met externe partijen?",
      ["transcriptie", "teams", "vergaderen"],
      [a("jeroen",
         "Niet zomaar. Een opname en transcriptie zijn een verwerking van persoonsgegevens. Vraag "
         "vooraf toestemming van alle deelnemers, vertel waarvoor je het gebruikt en hoe lang je het "
         "bewaart. Bij gevoelige onderwerpen: niet doen.",
         [("eva", "Geldt dat ook voor interne teamoverleggen?"),
          ("jeroen", "Ja, ook collega's moeten het weten en bezwaar kunnen maken.")]),
       a("mohamed", "Wij zetten transcriptie standaard uit en alleen aan als iedereen akkoord is.")],
      accepted=0),
    q(SPRAAK, "eva", "Welke spraak-naar-tekstsoftware werkt goed in het Nederlands?",
      "We zoeken software om interviews uit te schrijven, liefst lokaal draaiend. Ervaringen?",
      ["spraakherkenning", "transcriptie", "open-source"],
      [a("pieter",
         "Wij gebruiken een open-source spraakmodel op een eigen server. De kwaliteit in het "
         "Nederlands is goed, dialecten en vaktermen gaan soms mis. Voor een uur audio heb je op een "
         "gewone server zonder GPU wel wat geduld nodig."),
       a("lotte", "Lokaal draaien is bij interviews met persoonsgegevens een sterke keuze.")],
      accepted=0),
    q(SPRAAK, "mohamed", "Kan AI helpen met het vertalen van brieven voor anderstaligen?",
      "Veel van onze klanten spreken beperkt Nederlands. Mogen we AI-vertalingen meesturen?",
      ["vertalen", "dienstverlening", "brieven"],
      [a("lotte",
         "Als service kan dat, met de vermelding dat de Nederlandse tekst de officiële is en dat de "
         "vertaling automatisch is gemaakt. Laat belangrijke standaardbrieven eenmalig door een "
         "vertaler controleren.")]),
    q(SPRAAK, "pieter", "Notulen laten maken door AI: wie is verantwoordelijk voor fouten?",
      "Als AI notulen maakt van het bestuursoverleg en er staat iets verkeerd in, wie is dan "
      "verantwoordelijk?",
      ["notulen", "verantwoordelijkheid", "transcriptie"],
      [a("jeroen", "De notulist en uiteindelijk de voorzitter die de notulen vaststelt, net als "
                   "zonder AI. AI is een hulpmiddel; vaststellen blijft mensenwerk.")],
      accepted=0),

]
