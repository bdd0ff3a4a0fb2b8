"""Demo questions in the theme software development with AI."""

from .shape import SOFTWARE, a, q

QUESTIONS = [
    q(SOFTWARE, "mohamed", "Mogen ontwikkelaars AI-codeassistenten gebruiken?",
      "Onze ontwikkelaars willen een codeassistent gebruiken. Wat zijn de risico's voor "
      "broncode en beveiliging?",
      ["codeassistent", "beveiliging", "open-source"],
      [a("lotte",
         "Let op drie dingen: broncode mag niet naar een dienst die er op traint, gegenereerde code "
         "kan kwetsbaarheden bevatten (dus gewoon code reviewen en testen), en let op licenties van "
         "voorgestelde code. Veel organisaties staan het toe met een zakelijk contract."),
       a("eva", "Bij ons mag het alleen voor code die later open source wordt gepubliceerd.")],
      accepted=0),
    q(SOFTWARE, "eva", "Kan AI helpen met het migreren van oude applicaties?",
      "We hebben verouderde applicaties in een oude programmeertaal. Kan AI helpen bij het "
      "begrijpen en herschrijven?",
      ["legacy", "migratie", "codeassistent"],
      [a("mohamed", "Wij gebruiken een taalmodel om documentatie te genereren bij oude code. Dat "
                    "helpt bij het begrijpen, maar herschrijven blijft met tests en mensen.")]),
    q(SOFTWARE, "sanne", "Hoe gaan we om met AI-gegenereerde code in open-sourceprojecten?",
      "Mogen we code die met AI is geschreven publiceren onder de EUPL?",
      ["open-source", "licenties", "eupl"],
      [a("lotte", "Ja, maar controleer of de code niet letterlijk uit een project met een "
                  "onverenigbare licentie komt. Sommige tools hebben daar een filter voor.")],
      accepted=0),

]
