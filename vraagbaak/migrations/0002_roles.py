"""Members ask, answer, comment and vote; experts and curators moderate."""

from django.db import migrations

from accounts.role_migrations import grant_role_permissions, revoke_role_permissions

GRANTS = {
    "member": [
        "vraagbaak.add_question",
        "vraagbaak.add_answer",
        "vraagbaak.add_comment",
        "vraagbaak.add_vote",
    ],
    "expert": ["vraagbaak.moderate_post"],
    "curator": [
        "vraagbaak.moderate_post",
        "vraagbaak.view_question",
        "vraagbaak.change_question",
        "vraagbaak.view_answer",
        "vraagbaak.change_answer",
    ],
}


def forwards(apps, schema_editor):
    grant_role_permissions(apps, GRANTS)


def backwards(apps, schema_editor):
    revoke_role_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("vraagbaak", "0001_initial"),
        ("initiatives", "0002_roles_and_themes"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
