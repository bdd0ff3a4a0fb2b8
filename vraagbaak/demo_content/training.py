"""Demo questions in the theme aI literacy and training."""

from .shape import TRAINING, a, q

QUESTIONS = [
    q(TRAINING, "sanne", "Welke trainingen over AI zijn er voor ambtenaren?",
      "Ik wil mijn team scholen in verantwoord gebruik van AI. Welke trainingen raden jullie aan?",
      ["training", "ai-geletterdheid", "opleiding"],
      [a("fatima",
         "De Rijksacademie voor Digitalisering en Informatisering Overheid (RADIO) heeft "
         "trainingen, en de VNG biedt materiaal voor gemeenten. Begin met een korte basistraining "
         "voor iedereen en verdiep per rol."),
       a("lotte", "Oefenen met echte casussen uit je eigen werk werkt beter dan algemene theorie.")],
      accepted=0),
    q(TRAINING, "pieter", "Hoe krijg ik collega's mee die bang zijn voor AI?",
      "Een deel van mijn team ziet AI als bedreiging voor hun baan. Hoe ga ik daarmee om?",
      ["verandermanagement", "draagvlak", "ai-geletterdheid"],
      [a("eva", "Begin bij hun eigen vervelende taken: wat zouden ze graag kwijt willen? Laat "
                "ze zelf experimenteren in een veilige omgeving."),
       a("sanne", "Wees eerlijk over wat AI niet kan. Dat neemt veel angst weg.")],
      accepted=1),
    q(TRAINING, "mohamed", "Hoe schrijf je een goede prompt voor beleidswerk?",
      "Mijn prompts leveren vaak vage teksten op. Zijn er tips voor beleidsmedewerkers?",
      ["prompten", "beleid", "taalmodel"],
      [a("lotte",
         "Geef context (voor wie, welk doel), een rol, de gewenste vorm en een voorbeeld. Vraag om "
         "kritiek op je eigen tekst in plaats van een tekst vanaf nul. En: nooit vertrouwelijke "
         "informatie in een niet-goedgekeurde tool.")],
      accepted=0),
    q(TRAINING, "eva", "Is er een community van AI-gebruikers binnen de overheid?",
      "Ik zoek collega's bij andere organisaties om ervaringen mee te delen.",
      ["community", "kennisdeling"],
      [a("fatima", "Deze vraagbaak is er precies voor! Kijk ook bij de organisaties en thema's: "
                   "daar zie je wie waar mee bezig is.")],
      accepted=0),
]
