# The choices live in a leaf of their own (vraagbaak.choices); named here too, where they always were.
from ..choices import (
    ActionKind,
    AnswerKind,
    AnswerState,
    CloseReason,
    FlagReason,
    HideReason,
    QuestionState,
    SourceKind,
)
from .answer import Answer, AnswerSource
from .guide import PinnedAnswer
from .moderation import Flag, ModerationAction
from .notifications import Subscription, UnansweredReminder
from .question import Question
from .social import Comment, Revision, Vote

__all__ = [
    "ActionKind",
    "Answer",
    "AnswerKind",
    "AnswerSource",
    "AnswerState",
    "CloseReason",
    "Comment",
    "Flag",
    "FlagReason",
    "HideReason",
    "ModerationAction",
    "PinnedAnswer",
    "Question",
    "QuestionState",
    "Revision",
    "SourceKind",
    "Subscription",
    "UnansweredReminder",
    "Vote",
]
