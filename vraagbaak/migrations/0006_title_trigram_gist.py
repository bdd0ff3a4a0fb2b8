"""PostgreSQL only: the title's trigram index becomes GiST, which can order by distance.

"Similar questions" asks for the nearest titles (`ORDER BY title <-> %s LIMIT n`);
GIN only filters, so every match had to be fetched and sorted.
"""

from django.db import migrations

FORWARDS = [
    "DROP INDEX IF EXISTS vraagbaak_question_title_trgm",
    "CREATE INDEX IF NOT EXISTS vraagbaak_question_title_trgm_gist "
    "ON vraagbaak_question USING gist (title gist_trgm_ops)",
]
BACKWARDS = [
    "DROP INDEX IF EXISTS vraagbaak_question_title_trgm_gist",
    "CREATE INDEX IF NOT EXISTS vraagbaak_question_title_trgm "
    "ON vraagbaak_question USING gin (title gin_trgm_ops)",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("vraagbaak", "0005_notification_initiative")]

    operations = [migrations.RunPython(run(FORWARDS), run(BACKWARDS))]
