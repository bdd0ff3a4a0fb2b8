"""Demo questions in the theme prediction and planning."""

from .shape import VOORSPELLEN, a, q

QUESTIONS = [
    q(VOORSPELLEN, "pieter", "Kan AI het onderhoud van gemalen voorspellen?",
      "We hebben jaren aan sensordata van onze gemalen. Kan een model voorspellen wanneer een "
      "pomp onderhoud nodig heeft?",
      ["voorspellend-onderhoud", "sensoren", "assetmanagement"],
      [a("eva",
         "Ja, dat is een klassieke toepassing. Begin met een eenvoudig model op trillings- en "
         "stroomdata, en vergelijk met jullie huidige onderhoudsschema. Vaak zit de winst al in "
         "goede data-opschoning."),
       a("lotte", "Dit is meestal geen hoog-risico AI, omdat het geen beslissingen over mensen "
                  "neemt. Registreren in het Algoritmeregister is wel verstandig.")],
      accepted=0),
    q(VOORSPELLEN, "mohamed", "Hoe betrouwbaar zijn voorspellingen van instroom in de WW?",
      "We willen met een model de instroom in de WW per regio voorspellen voor de personeelsplanning. "
      "Hoe ga je om met onzekerheid?",
      ["prognose", "planning", "onzekerheid"],
      [a("lotte", "Laat altijd een bandbreedte zien in plaats van één getal, en vergelijk het "
                  "model met een simpele baseline zoals vorig jaar plus trend.")],
      accepted=0),
    q(VOORSPELLEN, "sanne", "Mogen we voorspellen welke inwoners schulden krijgen?",
      "Om vroeg te kunnen helpen, willen we signalen van betalingsachterstanden combineren. "
      "Is dat een goed idee?",
      ["schulden", "vroegsignalering", "profilering"],
      [a("jeroen",
         "Vroegsignalering van schulden heeft een wettelijke basis (Wet gemeentelijke "
         "schuldhulpverlening), maar een voorspellend model gaat verder dan de signalen zelf. Dat is "
         "profilering met grote gevolgen: doe een DPIA en een IAMA, en overweeg of een eenvoudige "
         "regel niet volstaat.")],
      comments=[("lotte", "Is het doel hulp aanbieden of ook handhaving? Dat maakt veel uit.")]),

]
