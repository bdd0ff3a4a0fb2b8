"""Demo questions in the theme the AI Act and responsible use."""

from .shape import AIACT, a, q

QUESTIONS = [
    q(AIACT, "lotte", "Wat betekent de AI-verordening concreet voor gemeenten?",
      "Veel collega's vragen wat de AI-verordening voor hun werk betekent. Een overzicht voor "
      "gemeenten helpt. Wie vult aan?",
      ["ai-verordening", "gemeenten", "compliance"],
      [a("jeroen",
         "Kort:\n\n- **Verboden praktijken** (zoals sociale scoring) gelden sinds februari 2025.\n"
         "- **AI-geletterdheid**: medewerkers die AI gebruiken moeten voldoende kennis hebben.\n"
         "- **Hoog risico** (bijlage III, bijvoorbeeld toegang tot uitkeringen) krijgt zware eisen.\n"
         "- **Transparantie** voor chatbots en gegenereerde content.\n\nBegin met een inventarisatie "
         "van alle AI-systemen in je organisatie."),
       a("sanne", "Het Algoritmekader van BZK vertaalt dit naar concrete stappen per rol.")],
      accepted=0),
    q(AIACT, "eva", "Valt een chatbot onder hoog risico volgens de AI-verordening?",
      "Onze provincie heeft een informatieve chatbot. Is dat een hoog-risicosysteem?",
      ["ai-verordening", "chatbot", "risicoclassificatie"],
      [a("lotte",
         "Een informatieve chatbot is meestal geen hoog risico. Wel geldt de transparantieplicht: "
         "mensen moeten weten dat ze met AI praten. Dat verandert als de chatbot beslist over "
         "toegang tot voorzieningen.")],
      accepted=0),
    q(AIACT, "mohamed", "Wat houdt de verplichting tot AI-geletterdheid in?",
      "Artikel 4 van de AI-verordening vraagt AI-geletterdheid. Wat moet een organisatie "
      "concreet doen?",
      ["ai-geletterdheid", "ai-verordening", "training"],
      [a("lotte",
         "Zorg dat iedereen die met AI werkt genoeg weet voor zijn rol: wat het systeem kan, waar "
         "het fouten maakt en wat de risico's zijn. Er is geen vast format; leg vast wat je doet, "
         "bijvoorbeeld trainingen per rol.")],
      accepted=0),
    q(AIACT, "pieter", "Moeten we al onze algoritmes in het Algoritmeregister zetten?",
      "Welke algoritmes moeten in het Algoritmeregister, en hoe verhoudt zich dat tot de "
      "AI-verordening?",
      ["algoritmeregister", "transparantie", "ai-verordening"],
      [a("fatima",
         "Het kabinet vraagt overheden om impactvolle algoritmes en hoog-risico AI te publiceren. "
         "Registreren los van die verplichting is ook verstandig: het helpt collega's elders te zien "
         "wat je doet. In deze vraagbaak vind je ook het register van initiatieven.")]),

]
