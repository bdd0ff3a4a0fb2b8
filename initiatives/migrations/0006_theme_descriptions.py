"""A one-line description for each seeded theme, for the home page's theme tiles (issue 13).
Only where a curator has not written one; curated content, in Dutch like the names."""

from django.db import migrations

DESCRIPTIONS = {
    "schrijven-en-samenvatten": "Teksten, brieven en samenvattingen maken of verbeteren met een taalmodel.",
    "zoeken-kennisbanken-en-chatbots": "Informatie vinden in eigen documenten en vragen beantwoorden met een chatbot.",
    "anonimiseren-en-woo-verzoeken": "Persoonsgegevens weglakken en Woo-verzoeken sneller afhandelen.",
    "spraak-transcriptie-en-vertalen": "Gesprekken uitschrijven, ondertitelen en vertalen.",
    "post-en-vragen-classificeren": "Binnenkomende post, mail en vragen sorteren en naar de juiste plek sturen.",
    "toezicht-inspectie-en-handhaving": "Risico's opsporen en inspecties en controles gerichter inzetten.",
    "voorspellen-en-plannen": "Vraag, onderhoud en capaciteit voorspellen om beter te plannen.",
    "beeld-en-documentherkenning": "Foto's, scans en formulieren automatisch lezen en herkennen.",
    "softwareontwikkeling-met-ai": "Code schrijven, testen en onderhouden met hulp van AI.",
    "privacy-en-gegevensbescherming": "AI inzetten binnen de AVG: grondslag, DPIA en dataminimalisatie.",
    "ai-verordening-en-verantwoord-gebruik": "De AI-verordening, risicogroepen en verantwoord gebruik in de praktijk.",
    "inkoop-en-leveranciers": "AI-diensten inkopen, contracten en afspraken met leveranciers.",
    "ai-geletterdheid-en-training": "Kennis en vaardigheden om AI goed en veilig te gebruiken.",
}


def describe(apps, schema_editor):
    Theme = apps.get_model("initiatives", "Theme")
    for slug, description in DESCRIPTIONS.items():
        Theme.objects.filter(slug=slug, description="").update(description=description)


class Migration(migrations.Migration):

    dependencies = [
        ("initiatives", "0005_initiative_language"),
    ]

    operations = [
        migrations.RunPython(describe, migrations.RunPython.noop),
    ]
