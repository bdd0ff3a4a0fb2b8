"""Demo questions in the theme writing and summarising."""

from .shape import SCHRIJVEN, a, q

QUESTIONS = [
    q(SCHRIJVEN, "sanne", "Mag ik Copilot gebruiken om raadsvoorstellen te schrijven?",
      "Onze organisatie heeft Microsoft 365 Copilot aangeschaft. Mag ik het gebruiken om een "
      "eerste versie van een raadsvoorstel te schrijven, of zijn daar regels voor?",
      ["copilot", "raadsvoorstel", "microsoft-365"],
      [a("lotte",
         "Kijk eerst naar het beleid van je eigen organisatie: veel gemeenten hebben Copilot alleen "
         "voor bepaalde taken vrijgegeven. Voor een eerste versie is het meestal toegestaan, mits je "
         "geen vertrouwelijke stukken gebruikt die je niet in Copilot mag zetten, en je de tekst zelf "
         "controleert en herschrijft. Jij blijft verantwoordelijk voor de inhoud.",
         [("sanne", "Ons beleid zegt niets over raadsvoorstellen specifiek. Ik vraag het na bij de CIO.")]),
       a("eva",
         "Bij ons helpt Copilot vooral met de structuur en het inkorten. Feiten en bedragen "
         "controleren we altijd met de bronstukken: het model verzint soms cijfers.")],
      accepted=0),
    q(SCHRIJVEN, "mohamed", "Hoe voorkom ik dat een taalmodel feiten verzint in een samenvatting?",
      "Bij het samenvatten van rapporten zie ik soms conclusies die niet in het rapport staan. "
      "Zijn er manieren om dat te beperken?",
      ["hallucinaties", "taalmodel", "samenvatten"],
      [a("lotte",
         "Een paar dingen helpen:\n\n- Vraag het model om bij elke bewering de paginanummers te "
         "noemen, en controleer die.\n- Geef het hele document mee in plaats van alleen de titel.\n"
         "- Vraag om een samenvatting *alleen* op basis van de tekst, zonder eigen kennis.\n\n"
         "Het risico wordt kleiner, maar verdwijnt niet. Controle blijft nodig."),
       a("jeroen", "En gebruik het niet voor documenten waarin een fout grote gevolgen heeft "
                   "zonder dat een vakinhoudelijk deskundige meeleest.")],
      accepted=0),
    q(SCHRIJVEN, "pieter", "Kan AI brieven aan inwoners in begrijpelijke taal herschrijven?",
      "Onze brieven over de waterschapsbelasting zijn vaak te ingewikkeld. Kan een taalmodel ze "
      "herschrijven naar taalniveau B1?",
      ["b1", "begrijpelijke-taal", "brieven"],
      [a("sanne",
         "Ja, dat werkt verrassend goed als startpunt. Wij laten de herschreven brieven daarna "
         "testen met een leespanel. Let op juridische formuleringen: die moeten soms juist precies "
         "blijven staan."),
       a("eva", "Geef het model een paar voorbeelden van goede B1-brieven mee; dat helpt veel.")],
      accepted=0),
    q(SCHRIJVEN, "eva", "Moet ik vermelden dat een tekst met hulp van AI is geschreven?",
      "Ik gebruik soms een taalmodel voor nota's aan de gedeputeerde. Moet ik dat vermelden?",
      ["transparantie", "nota", "taalmodel"],
      [a("lotte",
         "Er is geen algemene plicht voor interne stukken, maar veel organisaties vragen het wel. "
         "Voor teksten die burgers rechtstreeks lezen, zoals een chatbot, geldt vanaf augustus 2026 "
         "een transparantieplicht uit de AI-verordening (artikel 50).")]),

]
