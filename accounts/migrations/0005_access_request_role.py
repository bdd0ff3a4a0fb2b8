"""Curators decide on access requests."""

from django.db import migrations

from accounts.role_migrations import grant_role_permissions, revoke_role_permissions

GRANTS = {"curator": ["accounts.view_accessrequest", "accounts.change_accessrequest"]}


def forwards(apps, schema_editor):
    grant_role_permissions(apps, GRANTS)


def backwards(apps, schema_editor):
    revoke_role_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_access_request")]

    operations = [migrations.RunPython(forwards, backwards)]
