"""The moderation demo appoints the demo experts and adds examples; a re-run duplicates nothing."""

from accounts import demo as accounts_demo
from initiatives.models import Theme
from tests.factories import QuestionFactory
from vraagbaak.models import Answer, AnswerState, Flag
from vraagbaak.moderation import demo as demo_moderation


def test_demo_is_idempotent_and_works_on_existing_questions(db):
    accounts_demo.load()
    for _ in range(3):
        QuestionFactory(theme=Theme.objects.get(slug="privacy-en-gegevensbescherming"))
    first = demo_moderation.load()
    assert first["pending"] == 2 and first["verified"] == 1 and first["flags"] == 2
    counts = (Answer.objects.count(), Flag.objects.count())
    demo_moderation.load()
    assert (Answer.objects.count(), Flag.objects.count()) == counts
    assert Answer.objects.filter(state=AnswerState.PENDING).count() == 2
    assert Answer.objects.exclude(verified_at=None).count() == 1
    expert_themes = Theme.objects.get(slug="privacy-en-gegevensbescherming").experts
    assert set(expert_themes.values_list("email", flat=True)) == {
        "expert@minbzk.example", "expert2@amsterdam.example"}


def test_demo_without_questions_only_appoints_experts(db):
    accounts_demo.load()
    assert demo_moderation.load() == {"pending": 0, "verified": 0, "flags": 0}
    assert Theme.objects.get(slug="spraak-transcriptie-en-vertalen").experts.count() == 1
