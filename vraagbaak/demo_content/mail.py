"""Demo questions in the theme classifying incoming mail and questions."""

from .shape import POST, a, q

QUESTIONS = [
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

]
