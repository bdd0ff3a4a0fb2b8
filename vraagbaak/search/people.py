"""Who works on this": the organisations and theme experts that near items point to."""

from accounts.models import User


def who_works_on(*, initiatives, questions, limit: int = 6) -> dict:
    """Lead organisations of `initiatives` (select them with their lead organisation) and
    experts of the themes of the answered `questions`: one query, whatever the lengths."""
    organisations = list({i.lead_organisation_id: i.lead_organisation for i in initiatives}
                         .values())[:limit]
    answered = sorted(questions, key=lambda q: -q.answer_count)
    theme_ids = list(dict.fromkeys(q.theme_id for q in answered if q.answer_count))
    experts = list(
        User.objects.experts_of_any(theme_ids).select_related("organisation")
        .order_by("display_name")[:limit]
    ) if theme_ids else []
    return {
        "organisations": organisations,
        "experts": experts,
    }
