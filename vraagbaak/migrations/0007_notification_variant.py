"""A notification's wording variant is stored; the rows made before are given theirs from
the event key, where it used to be read: "initiative-reviewed:<step>:…" and
"followed-activity:comment:…"."""

from django.db import migrations, models

REVIEWED = "initiative-reviewed"
FOLLOWED = "followed-activity"


def variants_from_event_keys(apps, schema_editor):
    Notification = apps.get_model("vraagbaak", "Notification")
    reviews = Notification.objects.filter(kind=REVIEWED, event_key__startswith=f"{REVIEWED}:")
    for notification in reviews.only("pk", "event_key").iterator():
        step = notification.event_key.split(":")[1]
        Notification.objects.filter(pk=notification.pk).update(variant=step[:24])
    Notification.objects.filter(
        kind=FOLLOWED, event_key__startswith=f"{FOLLOWED}:comment:"
    ).update(variant="comment")


class Migration(migrations.Migration):

    dependencies = [
        ('vraagbaak', '0006_title_trigram_gist'),
    ]

    operations = [
        migrations.AddField(
            model_name='notification',
            name='variant',
            field=models.CharField(blank=True, default='', max_length=24),
        ),
        # Backwards the event keys still hold the variant: nothing to undo.
        migrations.RunPython(variants_from_event_keys, migrations.RunPython.noop),
    ]
