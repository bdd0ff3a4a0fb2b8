"""Demo questions in the theme procurement and suppliers."""

from .shape import INKOOP, a, q

QUESTIONS = [
    q(INKOOP, "sanne", "Welke eisen stellen we bij de inkoop van een AI-toepassing?",
      "We gaan een AI-oplossing aanbesteden. Welke eisen moeten in het programma van eisen?",
      ["inkoop", "aanbesteding", "contracteisen"],
      [a("lotte",
         "Gebruik de modelcontractbepalingen voor AI van de Europese Commissie en de "
         "inkoopvoorwaarden uit het Algoritmekader. Vraag om documentatie over de trainingsdata, "
         "uitlegbaarheid, het recht op audit en exit-afspraken."),
       a("eva", "Neem ook op dat de leverancier meldt als het model wezenlijk verandert.")],
      accepted=0),
    q(INKOOP, "mohamed", "Mag een leverancier onze gegevens gebruiken om zijn model te verbeteren?",
      "In de voorwaarden van een leverancier staat dat klantgegevens gebruikt mogen worden voor "
      "het verbeteren van de dienst. Is dat acceptabel?",
      ["inkoop", "verwerkersovereenkomst", "trainingsdata"],
      [a("jeroen",
         "Voor persoonsgegevens meestal niet: dat is een eigen doel van de leverancier, en dan is "
         "hij geen verwerker meer. Sluit het uit in de verwerkersovereenkomst.")],
      accepted=0),
    q(INKOOP, "pieter", "Hoe voorkomen we vendor lock-in bij AI-diensten?",
      "We willen niet afhankelijk worden van één grote leverancier. Tips?",
      ["vendor-lock-in", "open-standaarden", "inkoop"],
      [a("mohamed", "Houd je eigen data en prompts in je eigen beheer, gebruik open standaarden "
                    "waar het kan, en test af en toe of een ander model ook werkt.")]),
    q(INKOOP, "eva", "Zijn er raamcontracten voor generatieve AI bij het Rijk?",
      "Kunnen provincies aansluiten bij rijksbrede contracten voor generatieve AI?",
      ["raamcontract", "generatieve-ai", "inkoop"],
      comments=[("sanne", "Goede vraag, dat willen wij als gemeente ook weten.")]),

]
