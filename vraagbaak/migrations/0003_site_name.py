"""Name the site: allauth's e-mails greet with the site's name and domain."""

import os

from django.db import migrations


def forwards(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    Site.objects.update_or_create(
        pk=1,
        defaults={"name": "AI-vraagbaak",
                  "domain": os.environ.get("SITE_DOMAIN", "ai-vraagbaak.example.nl")},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("vraagbaak", "0002_roles"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
