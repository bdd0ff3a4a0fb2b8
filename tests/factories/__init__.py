"""Factories for tests, one module per app; import them from here."""

from .accounts import MFAClient, OrganisationFactory, UserFactory, make_member, make_role
from .initiatives import InitiativeFactory, ThemeFactory
from .moderation import FlagFactory
from .vraagbaak import AnswerFactory, CommentFactory, QuestionFactory

__all__ = [
    "AnswerFactory",
    "CommentFactory",
    "FlagFactory",
    "InitiativeFactory",
    "MFAClient",
    "OrganisationFactory",
    "QuestionFactory",
    "ThemeFactory",
    "UserFactory",
    "make_member",
    "make_role",
]
