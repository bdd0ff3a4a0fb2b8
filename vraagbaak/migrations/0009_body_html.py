"""Posts keep their body rendered and sanitised (services render it on save); existing ones here."""

from django.db import migrations, models


def render_existing(apps, schema_editor):
    from initiatives.markup import render_markdown

    for name in ("Question", "Answer"):
        model = apps.get_model("vraagbaak", name)
        batch = []
        for post in model.objects.filter(body_html="").only("pk", "body").iterator(chunk_size=500):
            post.body_html = render_markdown(post.body)
            batch.append(post)
            if len(batch) == 500:
                model.objects.bulk_update(batch, ["body_html"])
                batch = []
        model.objects.bulk_update(batch, ["body_html"])


class Migration(migrations.Migration):

    dependencies = [
        ("vraagbaak", "0008_notifications_move_to_accounts"),
    ]

    operations = [
        migrations.AddField(
            model_name="answer",
            name="body_html",
            field=models.TextField(blank=True, default="", editable=False, verbose_name="body as HTML"),
        ),
        migrations.AddField(
            model_name="question",
            name="body_html",
            field=models.TextField(blank=True, default="", editable=False, verbose_name="body as HTML"),
        ),
        migrations.RunPython(render_existing, migrations.RunPython.noop),
    ]
