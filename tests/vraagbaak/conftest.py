import pytest
from django.test import override_settings

from tests.factories import ThemeFactory, make_member
from vraagbaak.services.answers import answer_create
from vraagbaak.services.questions import question_create


@pytest.fixture(autouse=True)
def _no_review_threshold():
    """Most tests are about Q&A, not moderation: answers publish at once unless a test says so."""
    with override_settings(ANSWER_REVIEW_THRESHOLD=0):
        yield


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Privacy en gegevensbescherming", slug="privacy")


@pytest.fixture
def asker(db):
    return make_member(display_name="Sanne de Vries")


@pytest.fixture
def answerer(db):
    return make_member(display_name="Mohamed El Amrani")


@pytest.fixture
def question(asker, theme):
    return question_create(
        author=asker, title="Mag ik een taalmodel gebruiken om Woo-verzoeken samen te vatten?",
        body="Wij krijgen veel **Woo-verzoeken**. Mag een taalmodel de stukken samenvatten?",
        theme=theme, tags=["woo", "taalmodel"],
    )


@pytest.fixture
def answer(question, answerer):
    return answer_create(
        question=question, author=answerer,
        body="Ja, mits de gegevens binnen de eigen omgeving blijven en een mens controleert.",
    )
