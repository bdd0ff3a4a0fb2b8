"""PostgreSQL only: the GIN index on the search vector and a trigram index on titles.

SQLite (the embedded default) has neither; these operations do nothing there.
"""

from django.db import migrations


def run_on_postgresql(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS vraagbaak_question_search_gin "
    "ON vraagbaak_question USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS vraagbaak_question_title_trgm "
    "ON vraagbaak_question USING gin (title gin_trgm_ops)",
]
DROP = [
    "DROP INDEX IF EXISTS vraagbaak_question_title_trgm",
    "DROP INDEX IF EXISTS vraagbaak_question_search_gin",
]


def create(apps, schema_editor):
    for sql in CREATE:
        run_on_postgresql(sql)(apps, schema_editor)


def drop(apps, schema_editor):
    for sql in DROP:
        run_on_postgresql(sql)(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("vraagbaak", "0003_site_name")]

    operations = [migrations.RunPython(create, drop)]
