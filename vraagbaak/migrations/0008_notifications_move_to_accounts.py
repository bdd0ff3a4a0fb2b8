"""Notifications and preferences move to accounts.notifications, below both parts that tell
people things.

The new app makes its own tables (its migrations name no higher part, so a database without
the vraagbaak has them too); this step, which knows both, carries every row over with its
id, recipient, kind, actor, note, variant, event key, delivery and read and e-mail times,
and turns the old foreign keys into the generic ones: the answer, else the question, else
the initiative is the target (where the link leads); the question, else the initiative, is
the context (whose title the wording names). Then the old tables go. Backwards, the rows go
back the same way.
"""

from django.core.management.color import no_style
from django.db import migrations

BATCH = 2000
FIELDS = ("id", "recipient_id", "kind", "actor_id", "note", "variant", "event_key", "delivery",
          "created_at", "read_at", "emailed_at")
OBJECTS = {"answer": ("vraagbaak", "answer"), "question": ("vraagbaak", "question"),
           "initiative": ("initiatives", "initiative")}


def _content_types(apps, alias):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return {
        name: ContentType.objects.db_manager(alias).get_or_create(app_label=app, model=model)[0]
        for name, (app, model) in OBJECTS.items()
    }


def _batches(queryset):
    batch = []
    for row in queryset.order_by("pk").iterator(chunk_size=BATCH):
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _reset_sequences(schema_editor, models):
    with schema_editor.connection.cursor() as cursor:
        for sql in schema_editor.connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)


def copy_to_accounts(apps, schema_editor):
    alias = schema_editor.connection.alias
    Old = apps.get_model("vraagbaak", "Notification")
    New = apps.get_model("notifications", "Notification")
    OldPreference = apps.get_model("vraagbaak", "NotificationPreference")
    NewPreference = apps.get_model("notifications", "NotificationPreference")
    old_rows = Old.objects.using(alias)
    types = _content_types(apps, alias) if old_rows.exists() else {}
    for batch in _batches(old_rows):
        rows = []
        for old in batch:
            about = {"answer": old.answer_id, "question": old.question_id,
                     "initiative": old.initiative_id}
            target = next((name for name in ("answer", "question", "initiative") if about[name]), None)
            context = next((name for name in ("question", "initiative") if about[name]), None)
            rows.append(New(
                **{field: getattr(old, field) for field in FIELDS},
                target_type=types[target] if target else None,
                target_id=about[target] if target else None,
                context_type=types[context] if context else None,
                context_id=about[context] if context else None,
            ))
        New.objects.using(alias).bulk_create(rows)
    for batch in _batches(OldPreference.objects.using(alias)):
        NewPreference.objects.using(alias).bulk_create([
            NewPreference(id=p.id, user_id=p.user_id, kind=p.kind, delivery=p.delivery)
            for p in batch
        ])
    _reset_sequences(schema_editor, [New, NewPreference])


def copy_back_to_vraagbaak(apps, schema_editor):
    alias = schema_editor.connection.alias
    Old = apps.get_model("vraagbaak", "Notification")
    New = apps.get_model("notifications", "Notification")
    OldPreference = apps.get_model("vraagbaak", "NotificationPreference")
    NewPreference = apps.get_model("notifications", "NotificationPreference")
    names = {ct.pk: name for name, ct in _content_types(apps, alias).items()}
    for batch in _batches(New.objects.using(alias)):
        rows = []
        for new in batch:
            about = dict.fromkeys(OBJECTS)
            for type_id, pk in ((new.context_type_id, new.context_id),
                                (new.target_type_id, new.target_id)):
                if type_id in names:
                    about[names[type_id]] = pk
            rows.append(Old(**{field: getattr(new, field) for field in FIELDS},
                            answer_id=about["answer"], question_id=about["question"],
                            initiative_id=about["initiative"]))
        Old.objects.using(alias).bulk_create(rows)
    for batch in _batches(NewPreference.objects.using(alias)):
        OldPreference.objects.using(alias).bulk_create([
            OldPreference(id=p.id, user_id=p.user_id, kind=p.kind, delivery=p.delivery)
            for p in batch
        ])
    New.objects.using(alias).all().delete()
    NewPreference.objects.using(alias).all().delete()
    _reset_sequences(schema_editor, [Old, OldPreference])


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("initiatives", "0004_import_job"),
        ("notifications", "0001_initial"),
        ("vraagbaak", "0007_notification_variant"),
    ]

    operations = [
        migrations.RunPython(copy_to_accounts, copy_back_to_vraagbaak),
        migrations.DeleteModel(name="Notification"),
        migrations.DeleteModel(name="NotificationPreference"),
    ]
