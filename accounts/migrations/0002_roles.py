"""The roles member, expert and curator as groups, with what accounts lets them do."""

from django.db import migrations

from accounts.role_migrations import grant_role_permissions, revoke_role_permissions

GRANTS = {
    "member": [],
    "expert": [],
    "curator": [
        "accounts.appoint_expert",
        "accounts.view_user",
        "accounts.change_user",
        "accounts.add_organisation",
        "accounts.change_organisation",
        "accounts.view_organisation",
        "accounts.add_organisationalias",
        "accounts.change_organisationalias",
        "accounts.delete_organisationalias",
        "accounts.view_organisationalias",
        "auth.view_group",
    ],
}


def forwards(apps, schema_editor):
    grant_role_permissions(apps, GRANTS)


def backwards(apps, schema_editor):
    revoke_role_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
