"""Demo questions in the theme search, knowledge bases and chatbots."""

from .shape import CHATBOTS, a, q

QUESTIONS = [
    q(CHATBOTS, "sanne", "Wat zijn de ervaringen met chatbots op gemeentelijke websites?",
      "Wij overwegen een chatbot op generatieve AI voor vragen over afval, parkeren en paspoorten. "
      "Welke gemeenten hebben dat al, en wat zijn de lessen?",
      ["chatbot", "dienstverlening", "website"],
      [a("jeroen",
         "In Amsterdam hebben we geleerd: begin met een beperkte set onderwerpen, laat de chatbot "
         "alleen antwoorden op basis van gecontroleerde webteksten, en geef altijd een route naar "
         "een medewerker. Meet ook hoe vaak de chatbot het antwoord niet weet."),
       a("mohamed", "Bij UWV letten we er vooral op dat de chatbot geen persoonlijk advies geeft "
                    "over uitkeringen. Dat blijft maatwerk."),
       a("eva", "Kijk ook in het register van initiatieven: daar staan er een paar in.")],
      accepted=0,
      comments=[("pieter", "Gaat het om een chatbot die ook ingelogde vragen beantwoordt?"),
                ("sanne", "Nee, alleen algemene informatie.")]),
    q(CHATBOTS, "mohamed", "Hoe bouw je een interne kennisbank met een taalmodel erop?",
      "Onze medewerkers zoeken lang in handboeken en werkinstructies. We denken aan een interne "
      "assistent die vragen beantwoordt op basis van onze eigen documenten (RAG). Waar begin je?",
      ["rag", "kennisbank", "taalmodel"],
      [a("lotte",
         "Begin klein: kies één goed onderhouden bron, bijvoorbeeld de werkinstructies van één "
         "afdeling. Zorg dat elk antwoord naar de bron verwijst, zodat medewerkers kunnen "
         "controleren. Het onderhoud van de bronnen is het meeste werk, niet de techniek.",
         [("mohamed", "Goed punt over het onderhoud. Wie is bij jullie eigenaar van de bronnen?"),
          ("lotte", "De afdeling die de werkinstructie schrijft, niet het AI-team.")])],
      accepted=0),
    q(CHATBOTS, "pieter", "Mag een chatbot verwijzen naar persoonlijke gegevens in Mijn Waterschap?",
      "Kan een chatbot op onze site, als iemand is ingelogd, vragen beantwoorden over de eigen "
      "aanslag?",
      ["chatbot", "avg", "inloggen"],
      [a("jeroen",
         "Dat maakt het een stuk zwaarder: je verwerkt persoonsgegevens en mogelijk financiële "
         "gegevens. Doe een DPIA, beperk de gegevens tot wat nodig is, en zorg dat de chatbot niets "
         "bewaart buiten jullie eigen systemen.")]),
    q(CHATBOTS, "eva", "Hoe test je of een chatbot goede antwoorden geeft?",
      "Voordat we live gaan: hoe meten we de kwaliteit van de antwoorden van onze chatbot?",
      ["chatbot", "testen", "kwaliteit"],
      [a("lotte",
         "Stel een testset op van echte vragen (met de juiste antwoorden) en draai die bij elke "
         "wijziging. Meet juistheid, volledigheid en of de bron klopt. Laat ook collega's van het "
         "klantcontactcentrum proberen de chatbot te laten ontsporen.")],
      accepted=0),

]
