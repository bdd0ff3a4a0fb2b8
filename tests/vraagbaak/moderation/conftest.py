"""Fixtures for the moderation and notification tests: a theme with its expert, an expert of
another theme, an asker, an answerer and their posts."""

import pytest

from accounts import roles
from tests.factories import AnswerFactory, QuestionFactory, ThemeFactory, make_member, make_role
from vraagbaak.models import AnswerState


@pytest.fixture
def theme(db):
    return ThemeFactory()


@pytest.fixture
def other_theme(db):
    return ThemeFactory()


@pytest.fixture
def theme_expert(theme):
    """An expert of `theme`, with two-factor authentication."""
    user = make_role(roles.EXPERT, language="en")
    theme.experts.add(user)
    return user


@pytest.fixture
def other_expert(other_theme):
    """An expert of another theme only."""
    user = make_role(roles.EXPERT)
    other_theme.experts.add(user)
    return user


@pytest.fixture
def asker(db):
    return make_member()


@pytest.fixture
def answerer(db):
    return make_member()


@pytest.fixture
def question(theme, asker):
    return QuestionFactory(theme=theme, author=asker)


@pytest.fixture
def pending_answer(question, answerer):
    return AnswerFactory(question=question, author=answerer, state=AnswerState.PENDING)


@pytest.fixture
def published_answer(question, answerer):
    from vraagbaak.services.refresh import question_refresh

    answer = AnswerFactory(question=question, author=answerer, state=AnswerState.PUBLISHED)
    question_refresh(question=question)
    return answer


@pytest.fixture
def role_user(request, member, other_expert, theme_expert, curator):
    """Parametrise indirectly with "member", "other_expert", "theme_expert" or "curator"."""
    return {"member": member, "other_expert": other_expert, "theme_expert": theme_expert,
            "curator": curator}[request.param]
