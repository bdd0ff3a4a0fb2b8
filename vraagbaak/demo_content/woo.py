"""Demo questions in the theme anonymising and Woo requests (the Open Government Act)."""

from .shape import WOO, a, q

QUESTIONS = [
    q(WOO, "sanne", "Mag ik een taalmodel gebruiken om Woo-verzoeken samen te vatten?",
      "Ons team krijgt steeds meer Woo-verzoeken met honderden documenten per verzoek. "
      "Collega's willen een taalmodel de stukken laten samenvatten, zodat we sneller zien welke "
      "documenten relevant zijn.\n\nMag dat, en waar moeten we op letten? De stukken bevatten "
      "vaak persoonsgegevens van burgers en medewerkers.",
      ["woo", "taalmodel", "samenvatten"],
      [a("jeroen",
         "Het kan, maar niet met een publieke chatdienst. De documenten bevatten persoonsgegevens, "
         "dus je hebt een verwerkersovereenkomst nodig en de verwerking moet binnen de EU blijven.\n\n"
         "Praktisch:\n\n1. Gebruik een model dat binnen jullie eigen omgeving of bij een gecontracteerde "
         "leverancier draait.\n2. Doe een DPIA voordat je begint.\n3. Laat de samenvatting alleen helpen "
         "bij het *selecteren*; de beoordeling en het lakken blijven mensenwerk.\n4. Leg in het dossier "
         "vast dat AI is gebruikt.",
         [("sanne", "Dank! Geldt de DPIA ook als we alleen een proef doen met tien verzoeken?"),
          ("jeroen", "Ja, ook voor een proef met echte gegevens. Met nepdata kan het zonder.")]),
       a("lotte",
         "Aanvulling: de Woo vraagt dat je zorgvuldig beoordeelt welke informatie openbaar wordt. "
         "Een samenvatting kan dingen weglaten. Gebruik het model dus als wegwijzer en lees de stukken "
         "die ertoe doen altijd zelf. Zie ook de handreiking generatieve AI van BZK.")],
      accepted=0),
    q(WOO, "mohamed", "Welke tools zijn er om documenten automatisch te anonimiseren?",
      "Wij publiceren besluiten en willen namen, BSN's en adressen automatisch weglakken. "
      "Welke tools gebruiken andere organisaties, en hoe betrouwbaar zijn ze?",
      ["anonimiseren", "lakken", "woo"],
      [a("jeroen",
         "Er zijn open-sourcetools op basis van named entity recognition, en verschillende "
         "leveranciers bieden laksoftware met AI. Geen enkele tool vindt alles: reken op een "
         "foutmarge en laat een medewerker elke publicatie controleren. Meet zelf hoe goed de tool "
         "is op een steekproef van jullie eigen documenten."),
       a("pieter",
         "Wij gebruiken een tool die voorstellen doet voor te lakken passages. Dat scheelt ons "
         "ongeveer de helft van de tijd, maar handgeschreven notities en scans blijven lastig.")],
      accepted=0),
    q(WOO, "eva", "Hoe leggen we vast dat AI is gebruikt bij het behandelen van een Woo-verzoek?",
      "Als we AI gebruiken bij het selecteren van documenten, moeten we dat dan melden in het "
      "besluit? En hoe leggen we dat intern vast?",
      ["woo", "transparantie", "archivering"],
      [a("lotte",
         "Neem in het dossier op welke tool is gebruikt, voor welke stap en wie het resultaat heeft "
         "gecontroleerd. In het besluit zelf is een korte zin voldoende, bijvoorbeeld dat een "
         "zoek- en samenvattingshulpmiddel is gebruikt bij het selecteren van documenten en dat "
         "alle documenten door medewerkers zijn beoordeeld.")]),
    q(WOO, "pieter", "Kan AI helpen bij het inventariseren van documenten voor een Woo-verzoek?",
      "Het zoeken in mailboxen en netwerkschijven kost ons weken. Zijn er ervaringen met AI om "
      "documenten te vinden die over een bepaald onderwerp gaan?",
      ["woo", "zoeken", "e-mail"],
      [a("sanne",
         "Wij hebben goede ervaringen met semantisch zoeken: je vindt ook documenten waarin het "
         "onderwerp anders wordt genoemd. Let op dat de zoekindex dezelfde toegangsrechten "
         "volgt als de bronnen.")],
      comments=[("mohamed", "Over hoeveel documenten gaat het ongeveer per verzoek?"),
                ("pieter", "Meestal tussen de 2.000 en 20.000 e-mails.")]),

]
