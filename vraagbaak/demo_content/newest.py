"""The four questions asked last, across themes (two still wait for an answer): the newest
in the demo, so the home page and the question list open with a mix."""

from .shape import CHATBOTS, PRIVACY, SCHRIJVEN, VOORSPELLEN, a, q

QUESTIONS = [
    q(PRIVACY, "sanne", "Mag ik een AI-tool gebruiken om sollicitatiebrieven te beoordelen?",
      "Onze afdeling HR krijgt honderden brieven per vacature. Kan AI een eerste selectie maken?",
      ["werving", "hoog-risico", "ai-verordening"],
      [a("lotte",
         "Wees hier heel voorzichtig: AI voor werving en selectie is hoog risico volgens bijlage III "
         "van de AI-verordening. Er gelden strenge eisen aan data, toezicht en transparantie, en het "
         "risico op discriminatie is groot. Veel organisaties zien er daarom van af.")],
      accepted=0),
    q(CHATBOTS, "pieter", "Welke taalmodellen kunnen we zelf hosten?",
      "We willen niet afhankelijk zijn van clouddiensten. Welke open modellen werken goed in het "
      "Nederlands en kunnen we zelf draaien?",
      ["open-source", "zelf-hosten", "taalmodel"]),
    q(SCHRIJVEN, "sanne", "Hoe gebruik je AI voor het samenvatten van inspraakreacties?",
      "Bij een omgevingsvisie kregen we 3.000 inspraakreacties. Kan AI helpen die te clusteren "
      "en samen te vatten?",
      ["inspraak", "participatie", "samenvatten"],
      [a("eva",
         "Wij hebben reacties laten clusteren op thema en daarna elk cluster door een medewerker laten "
         "lezen. Belangrijk: elke reactie moet aantoonbaar zijn meegewogen, dus de AI-indeling is "
         "alleen een hulpmiddel voor de ordening.")],
      accepted=0),
    q(VOORSPELLEN, "eva", "Kan AI helpen bij het plannen van onderhoud aan provinciale wegen?",
      "We willen inspectiedata en verkeersintensiteit combineren om onderhoud beter te plannen.",
      ["wegen", "planning", "assetmanagement"]),
]
