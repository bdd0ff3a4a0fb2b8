"""The demo questions and answers (Dutch, written for this project). Loaded by vraagbaak/demo.py.

Who is who (accounts/demo.py): sanne (Gemeente Utrecht), mohamed (UWV), eva
(Provincie Noord-Holland), pieter (Waterschap Aa en Maas), lotte (expert, BZK),
jeroen (expert, privacy officer Amsterdam), fatima (curator, BZK).
"""


def q(theme, asker, title, body, tags, answers=(), accepted=None, comments=()):
    return {"theme": theme, "asker": asker, "title": title, "body": body, "tags": tags,
            "answers": answers, "accepted": accepted, "comments": comments}


def a(author, body, comments=()):
    return {"author": author, "body": body, "comments": comments}


WOO = "anonimiseren-en-woo-verzoeken"
SCHRIJVEN = "schrijven-en-samenvatten"
CHATBOTS = "zoeken-kennisbanken-en-chatbots"
SPRAAK = "spraak-transcriptie-en-vertalen"
POST = "post-en-vragen-classificeren"
TOEZICHT = "toezicht-inspectie-en-handhaving"
VOORSPELLEN = "voorspellen-en-plannen"
BEELD = "beeld-en-documentherkenning"
SOFTWARE = "softwareontwikkeling-met-ai"
PRIVACY = "privacy-en-gegevensbescherming"
AIACT = "ai-verordening-en-verantwoord-gebruik"
INKOOP = "inkoop-en-leveranciers"
TRAINING = "ai-geletterdheid-en-training"

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

    q(SPRAAK, "sanne", "Mogen we vergaderingen laten transcriberen met AI?",
      "Teams kan vergaderingen automatisch uitschrijven en samenvatten. Mag dat zomaar bij "
      "overleggen met externe partijen?",
      ["transcriptie", "teams", "vergaderen"],
      [a("jeroen",
         "Niet zomaar. Een opname en transcriptie zijn een verwerking van persoonsgegevens. Vraag "
         "vooraf toestemming van alle deelnemers, vertel waarvoor je het gebruikt en hoe lang je het "
         "bewaart. Bij gevoelige onderwerpen: niet doen.",
         [("eva", "Geldt dat ook voor interne teamoverleggen?"),
          ("jeroen", "Ja, ook collega's moeten het weten en bezwaar kunnen maken.")]),
       a("mohamed", "Wij zetten transcriptie standaard uit en alleen aan als iedereen akkoord is.")],
      accepted=0),
    q(SPRAAK, "eva", "Welke spraak-naar-tekstsoftware werkt goed in het Nederlands?",
      "We zoeken software om interviews uit te schrijven, liefst lokaal draaiend. Ervaringen?",
      ["spraakherkenning", "transcriptie", "open-source"],
      [a("pieter",
         "Wij gebruiken een open-source spraakmodel op een eigen server. De kwaliteit in het "
         "Nederlands is goed, dialecten en vaktermen gaan soms mis. Voor een uur audio heb je op een "
         "gewone server zonder GPU wel wat geduld nodig."),
       a("lotte", "Lokaal draaien is bij interviews met persoonsgegevens een sterke keuze.")],
      accepted=0),
    q(SPRAAK, "mohamed", "Kan AI helpen met het vertalen van brieven voor anderstaligen?",
      "Veel van onze klanten spreken beperkt Nederlands. Mogen we AI-vertalingen meesturen?",
      ["vertalen", "dienstverlening", "brieven"],
      [a("lotte",
         "Als service kan dat, met de vermelding dat de Nederlandse tekst de officiële is en dat de "
         "vertaling automatisch is gemaakt. Laat belangrijke standaardbrieven eenmalig door een "
         "vertaler controleren.")]),
    q(SPRAAK, "pieter", "Notulen laten maken door AI: wie is verantwoordelijk voor fouten?",
      "Als AI notulen maakt van het bestuursoverleg en er staat iets verkeerd in, wie is dan "
      "verantwoordelijk?",
      ["notulen", "verantwoordelijkheid", "transcriptie"],
      [a("jeroen", "De notulist en uiteindelijk de voorzitter die de notulen vaststelt, net als "
                   "zonder AI. AI is een hulpmiddel; vaststellen blijft mensenwerk.")],
      accepted=0),

    q(POST, "mohamed", "Kan AI binnenkomende post automatisch naar de juiste afdeling sturen?",
      "Wij krijgen dagelijks duizenden brieven en e-mails. Is automatisch classificeren een goed "
      "idee, en wat zijn de risico's?",
      ["classificatie", "post", "routering"],
      [a("lotte",
         "Dat is een van de meest succesvolle toepassingen bij de overheid. Risico's: verkeerd "
         "gerouteerde urgente zaken, en vooroordelen als het model op historische keuzes is "
         "getraind. Houd een mens in de lus voor twijfelgevallen en meet de fouten per categorie."),
       a("sanne", "Wij begonnen met alleen een voorstel aan de medewerker; pas na een half jaar "
                  "ging het automatisch.")],
      accepted=1),
    q(POST, "sanne", "Hoe gaan we om met klachten die AI verkeerd heeft ingedeeld?",
      "Onze klachten worden automatisch gecategoriseerd. Soms komt een klacht bij de verkeerde "
      "afdeling en duurt het weken. Hoe vangen we dat af?",
      ["klachten", "classificatie", "kwaliteit"],
      [a("mohamed",
         "Geef elke afdeling een eenvoudige knop 'niet voor ons' die de klacht terugzet in een "
         "wachtrij die een mens bekijkt. Die terugmeldingen zijn meteen goede trainingsdata.")]),
    q(POST, "eva", "Mag een algoritme de urgentie van meldingen bepalen?",
      "We willen meldingen over de openbare ruimte laten prioriteren door een model. Valt dat "
      "onder hoog risico volgens de AI-verordening?",
      ["ai-verordening", "meldingen", "prioriteren"],
      [a("lotte",
         "Meldingen openbare ruimte vallen meestal niet onder de hoog-risicocategorieën van bijlage "
         "III. Maar wees voorzichtig als de prioritering bepaalt of mensen toegang krijgen tot "
         "essentiële diensten: dan kan het wel hoog risico zijn. Registreer het in elk geval in het "
         "Algoritmeregister.")],
      accepted=0),

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

    q(VOORSPELLEN, "pieter", "Kan AI het onderhoud van gemalen voorspellen?",
      "We hebben jaren aan sensordata van onze gemalen. Kan een model voorspellen wanneer een "
      "pomp onderhoud nodig heeft?",
      ["voorspellend-onderhoud", "sensoren", "assetmanagement"],
      [a("eva",
         "Ja, dat is een klassieke toepassing. Begin met een eenvoudig model op trillings- en "
         "stroomdata, en vergelijk met jullie huidige onderhoudsschema. Vaak zit de winst al in "
         "goede data-opschoning."),
       a("lotte", "Dit is meestal geen hoog-risico AI, omdat het geen beslissingen over mensen "
                  "neemt. Registreren in het Algoritmeregister is wel verstandig.")],
      accepted=0),
    q(VOORSPELLEN, "mohamed", "Hoe betrouwbaar zijn voorspellingen van instroom in de WW?",
      "We willen met een model de instroom in de WW per regio voorspellen voor de personeelsplanning. "
      "Hoe ga je om met onzekerheid?",
      ["prognose", "planning", "onzekerheid"],
      [a("lotte", "Laat altijd een bandbreedte zien in plaats van één getal, en vergelijk het "
                  "model met een simpele baseline zoals vorig jaar plus trend.")],
      accepted=0),
    q(VOORSPELLEN, "sanne", "Mogen we voorspellen welke inwoners schulden krijgen?",
      "Om vroeg te kunnen helpen, willen we signalen van betalingsachterstanden combineren. "
      "Is dat een goed idee?",
      ["schulden", "vroegsignalering", "profilering"],
      [a("jeroen",
         "Vroegsignalering van schulden heeft een wettelijke basis (Wet gemeentelijke "
         "schuldhulpverlening), maar een voorspellend model gaat verder dan de signalen zelf. Dat is "
         "profilering met grote gevolgen: doe een DPIA en een IAMA, en overweeg of een eenvoudige "
         "regel niet volstaat.")],
      comments=[("lotte", "Is het doel hulp aanbieden of ook handhaving? Dat maakt veel uit.")]),

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

    q(TRAINING, "sanne", "Welke trainingen over AI zijn er voor ambtenaren?",
      "Ik wil mijn team scholen in verantwoord gebruik van AI. Welke trainingen raden jullie aan?",
      ["training", "ai-geletterdheid", "opleiding"],
      [a("fatima",
         "De Rijksacademie voor Digitalisering en Informatisering Overheid (RADIO) heeft "
         "trainingen, en de VNG biedt materiaal voor gemeenten. Begin met een korte basistraining "
         "voor iedereen en verdiep per rol."),
       a("lotte", "Oefenen met echte casussen uit je eigen werk werkt beter dan algemene theorie.")],
      accepted=0),
    q(TRAINING, "pieter", "Hoe krijg ik collega's mee die bang zijn voor AI?",
      "Een deel van mijn team ziet AI als bedreiging voor hun baan. Hoe ga ik daarmee om?",
      ["verandermanagement", "draagvlak", "ai-geletterdheid"],
      [a("eva", "Begin bij hun eigen vervelende taken: wat zouden ze graag kwijt willen? Laat "
                "ze zelf experimenteren in een veilige omgeving."),
       a("sanne", "Wees eerlijk over wat AI niet kan. Dat neemt veel angst weg.")],
      accepted=1),
    q(TRAINING, "mohamed", "Hoe schrijf je een goede prompt voor beleidswerk?",
      "Mijn prompts leveren vaak vage teksten op. Zijn er tips voor beleidsmedewerkers?",
      ["prompten", "beleid", "taalmodel"],
      [a("lotte",
         "Geef context (voor wie, welk doel), een rol, de gewenste vorm en een voorbeeld. Vraag om "
         "kritiek op je eigen tekst in plaats van een tekst vanaf nul. En: nooit vertrouwelijke "
         "informatie in een niet-goedgekeurde tool.")],
      accepted=0),
    q(TRAINING, "eva", "Is er een community van AI-gebruikers binnen de overheid?",
      "Ik zoek collega's bij andere organisaties om ervaringen mee te delen.",
      ["community", "kennisdeling"],
      [a("fatima", "Deze vraagbaak is er precies voor! Kijk ook bij de organisaties en thema's: "
                   "daar zie je wie waar mee bezig is.")],
      accepted=0),
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
