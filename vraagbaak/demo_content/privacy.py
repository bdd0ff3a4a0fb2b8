"""Demo questions in the theme privacy and data protection."""

from .shape import PRIVACY, a, q

QUESTIONS = [
    q(PRIVACY, "eva", "Wanneer is een DPIA verplicht bij een AI-toepassing?",
      "We willen een taalmodel inzetten voor het beantwoorden van interne vragen. Moeten we "
      "een DPIA doen?",
      ["dpia", "avg", "taalmodel"],
      [a("jeroen",
         "Een DPIA is verplicht bij een waarschijnlijk hoog risico voor betrokkenen. Bij nieuwe "
         "technologie zoals generatieve AI in combinatie met persoonsgegevens is dat snel het geval. "
         "Twijfel je: doe een pre-scan met je privacy officer. Bij alleen openbare informatie "
         "zonder persoonsgegevens is het meestal niet nodig.",
         [("eva", "Onze interne vragen gaan soms over collega's. Dan dus wel?"),
          ("jeroen", "Ja, dan zijn het persoonsgegevens.")])],
      accepted=0),
    q(PRIVACY, "sanne", "Mogen we persoonsgegevens in ChatGPT plakken?",
      "Collega's plakken soms e-mails van inwoners in ChatGPT om een antwoord te laten "
      "schrijven. Is dat toegestaan?",
      ["chatgpt", "avg", "persoonsgegevens"],
      [a("jeroen",
         "Nee. Met een gratis of persoonlijk account heb je geen verwerkersovereenkomst en weet je "
         "niet waar de gegevens terechtkomen. Dat is een datalek in de zin van de AVG. Gebruik een "
         "door je organisatie goedgekeurde tool.",
         [("mohamed", "Moet je zo'n geval dan ook melden als datalek?"),
          ("jeroen", "Meld het bij je privacy officer; die beoordeelt of het bij de AP moet.")]),
       a("lotte", "Maak het makkelijk om het goed te doen: zorg voor een veilig alternatief.")],
      accepted=0),
    q(PRIVACY, "mohamed", "Hoe anonimiseer je trainingsdata voor een model?",
      "We willen een model trainen op klantcontacten. Hoe maken we de data anoniem genoeg?",
      ["anonimiseren", "trainingsdata", "avg"],
      [a("jeroen",
         "Echt anoniem is moeilijk: ook zonder naam zijn mensen vaak herleidbaar. Pseudonimiseer, "
         "verwijder vrije tekst met gevoelige details, en toets het risico op heridentificatie. "
         "Gepseudonimiseerde data blijft onder de AVG vallen.")],
      accepted=0),
    q(PRIVACY, "pieter", "Wat zeggen de Autoriteit Persoonsgegevens over AI-chatbots?",
      "Zijn er publicaties van de AP over chatbots die we moeten kennen?",
      ["autoriteit-persoonsgegevens", "chatbot", "avg"],
      [a("jeroen", "De AP publiceert geregeld over AI en algoritmes, onder meer in de "
                   "rapportages AI- en algoritmerisico's. Zie https://www.autoriteitpersoonsgegevens.nl")]),

]
