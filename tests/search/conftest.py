import pytest
from django.test import override_settings

from tests.factories import ThemeFactory, make_member


@pytest.fixture(autouse=True)
def _answers_publish_at_once():
    with override_settings(ANSWER_REVIEW_THRESHOLD=0):
        yield


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Generatieve AI en taalmodellen", slug="generatieve-ai")


@pytest.fixture
def asker(db):
    return make_member(display_name="Sanne de Vries")
