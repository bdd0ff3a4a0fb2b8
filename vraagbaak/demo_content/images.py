"""Demo questions in the theme image and document recognition."""

from .shape import BEELD, a, q

QUESTIONS = [
    q(BEELD, "eva", "Kan AI handgeschreven historische documenten lezen?",
      "Ons archief heeft veel handgeschreven stukken uit de negentiende eeuw. Werkt tekstherkenning "
      "daarop?",
      ["htr", "archief", "tekstherkenning"],
      [a("pieter",
         "Handschriftherkenning (HTR) werkt inmiddels goed als je het model traint op een paar "
         "honderd pagina's van dezelfde schrijvers. Archieven werken hier vaak samen in.")],
      accepted=0),
    q(BEELD, "mohamed", "Hoe verwerken we gescande formulieren automatisch?",
      "We krijgen nog veel papieren formulieren. Welke aanpak werkt voor het uitlezen?",
      ["ocr", "formulieren", "documentherkenning"],
      [a("sanne", "Wij gebruiken OCR met een controle door een medewerker bij lage zekerheid. "
                  "Het percentage dat handmatig moet, daalde van 100 naar ongeveer 20 procent."),
       a("lotte", "Let op bewaartermijnen van de scans en de rechten van betrokkenen.")],
      accepted=0),
    q(BEELD, "pieter", "Mogen we camerabeelden gebruiken om zwerfafval te herkennen?",
      "Camera's op vuilniswagens zouden zwerfafval kunnen herkennen. Maar dan filmen we ook mensen "
      "en kentekens.",
      ["camera", "avg", "openbare-ruimte"],
      [a("jeroen",
         "Anonimiseer aan de bron: laat gezichten en kentekens in het apparaat zelf vervagen "
         "voordat beelden worden opgeslagen. Bewaar alleen wat nodig is, en informeer inwoners.")],
      accepted=0),

]
