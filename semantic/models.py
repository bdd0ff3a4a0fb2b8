from django.db import models
from django.utils import timezone


class Embedding(models.Model):
    """The vector of one item's text, as the backend `model` computed it.

    `kind` names the item's type ("question", "initiative"), `object_id` its key. The vector
    is float32, little-endian, L2-normalised, stored as bytes so SQLite and PostgreSQL
    hold it alike; `text_hash` tells whether the text changed since.
    """

    kind = models.CharField(max_length=20)
    object_id = models.PositiveBigIntegerField()
    model = models.CharField(max_length=40)
    text_hash = models.CharField(max_length=64)
    vector = models.BinaryField()
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="embedding_unique_item"),
        ]
        indexes = [models.Index(fields=["kind", "model", "updated_at"])]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class Neighbour(models.Model):
    """A precomputed near item: `other_kind` `other_id` is close to `kind` `object_id`.

    Stored by the worker when an item changes, so a page reads its related items with
    one indexed query and never searches.
    """

    kind = models.CharField(max_length=20)
    object_id = models.PositiveBigIntegerField()
    other_kind = models.CharField(max_length=20)
    other_id = models.PositiveBigIntegerField()
    score = models.FloatField()
    position = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [models.Index(fields=["kind", "object_id", "other_kind", "position"])]

    def __str__(self):
        return f"{self.kind} {self.object_id} ~ {self.other_kind} {self.other_id}"
