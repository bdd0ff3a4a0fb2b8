from django.contrib.postgres.search import SearchVector
from django.db.models import Value

from ..models import Initiative
from ..querysets import SEARCH_CONFIG, uses_full_text_search
from ..semantic import initiative_embed_later


def initiative_index(*, initiative: Initiative) -> None:
    """Store the weighted search vector (PostgreSQL only; SQLite searches the columns).

    Title A; summary, organisation and tags B; description, results and lessons C.
    Call after the initiative, its tags and its organisations were saved. The worker
    embeds it after the commit (initiatives.semantic).
    """
    initiative_embed_later(initiative=initiative)
    if not uses_full_text_search():
        return
    tags = " ".join(initiative.tags.names())
    organisations = " ".join(
        [initiative.lead_organisation.name]
        + [org.name for org in initiative.partner_organisations.all()]
    )

    def vector(text, weight):
        return SearchVector(Value(text or ""), weight=weight, config=SEARCH_CONFIG)

    Initiative.objects.filter(pk=initiative.pk).update(
        search_vector=(
            vector(initiative.title, "A")
            + vector(" ".join([initiative.summary, organisations, tags]), "B")
            + vector(
                " ".join([initiative.description, initiative.results, initiative.lessons_learned]),
                "C",
            )
        )
    )
