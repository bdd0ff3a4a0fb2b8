"""Curators curate the registry; members propose initiatives. Seeds the themes."""

from django.db import migrations

from accounts.role_migrations import grant_role_permissions, revoke_role_permissions

GRANTS = {
    "member": ["initiatives.add_initiative"],
    "curator": [
        "initiatives.curate_initiative",
        "initiatives.import_initiatives",
        "initiatives.view_initiative",
        "initiatives.add_initiative",
        "initiatives.change_initiative",
        "initiatives.view_theme",
        "initiatives.add_theme",
        "initiatives.change_theme",
    ],
}

# Seed list from shared/data/vocabularies.md; curators extend it in the admin.
THEMES = [
    ("schrijven-en-samenvatten", "Schrijven en samenvatten (generatieve AI)"),
    ("zoeken-kennisbanken-en-chatbots", "Zoeken, kennisbanken en chatbots"),
    ("anonimiseren-en-woo-verzoeken", "Anonimiseren en Woo-verzoeken"),
    ("spraak-transcriptie-en-vertalen", "Spraak, transcriptie en vertalen"),
    ("post-en-vragen-classificeren", "Post en vragen classificeren en routeren"),
    ("toezicht-inspectie-en-handhaving", "Toezicht, inspectie en handhaving"),
    ("voorspellen-en-plannen", "Voorspellen en plannen"),
    ("beeld-en-documentherkenning", "Beeld- en documentherkenning"),
    ("softwareontwikkeling-met-ai", "Softwareontwikkeling met AI"),
    ("privacy-en-gegevensbescherming", "Privacy en gegevensbescherming (AVG)"),
    ("ai-verordening-en-verantwoord-gebruik", "AI-verordening, risico's en verantwoord gebruik"),
    ("inkoop-en-leveranciers", "Inkoop en leveranciers"),
    ("ai-geletterdheid-en-training", "AI-geletterdheid en training"),
]


def forwards(apps, schema_editor):
    grant_role_permissions(apps, GRANTS)
    Theme = apps.get_model("initiatives", "Theme")
    for position, (slug, name) in enumerate(THEMES):
        Theme.objects.get_or_create(slug=slug, defaults={"name": name, "position": position})


def backwards(apps, schema_editor):
    revoke_role_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
