"""Demo questions in the theme supervision, inspection and enforcement."""

from .shape import TOEZICHT, a, q

QUESTIONS = [
    q(TOEZICHT, "pieter", "Kunnen we satellietbeelden gebruiken om illegale lozingen op te sporen?",
      "Wij willen met beeldherkenning op satelliet- en dronebeelden verdachte lozingen vinden. "
      "Wie heeft ervaring?",
      ["handhaving", "satellietbeelden", "beeldherkenning"],
      [a("eva",
         "De provincie gebruikt luchtfoto's voor het opsporen van illegale bouw. De techniek werkt, "
         "maar een signaal is geen bewijs: een toezichthouder moet altijd ter plaatse kijken."),
       a("lotte", "Denk ook aan proportionaliteit en aan het informeren van het publiek over deze "
                  "vorm van toezicht.")],
      accepted=0),
    q(TOEZICHT, "mohamed", "Hoe voorkom je discriminatie bij risicoprofilering?",
      "Na de toeslagenaffaire is iedereen terecht voorzichtig. Hoe toets je een risicomodel op "
      "discriminatie?",
      ["bias", "risicoprofilering", "discriminatie"],
      [a("lotte",
         "Gebruik geen nationaliteit, afkomst of proxy's daarvan. Toets de uitkomsten per groep "
         "(bijvoorbeeld met een bias-analyse), laat een onafhankelijke partij meekijken en leg alles "
         "vast. Het toetsingskader algoritmes van de Algemene Rekenkamer en het Algoritmekader "
         "helpen.",
         [("mohamed", "Hoe bepaal je wat een proxy is? Postcode bijvoorbeeld?"),
          ("lotte", "Postcode kan sterk samenhangen met afkomst. Test dat statistisch.")]),
       a("jeroen", "Betrek ook een ethische commissie of een mensenrechtentoets (IAMA).")],
      accepted=0),
    q(TOEZICHT, "eva", "Mag een inspecteur een AI-app gebruiken voor het herkennen van gebreken?",
      "Onze inspecteurs willen met een app op hun telefoon scheuren in bruggen herkennen. "
      "Waar moeten we op letten?",
      ["inspectie", "beeldherkenning", "app"],
      [a("pieter", "Wij doen iets vergelijkbaars met dijken. Zorg dat de inspecteur het oordeel "
                   "blijft geven en dat de app foto's niet buiten de organisatie opslaat.")]),

]
