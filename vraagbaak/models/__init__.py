# The choices live in a leaf of their own (vraagbaak.choices); named here too, where they always were.
from ..choices import ActionKind, AnswerState, CloseReason, FlagReason, HideReason, QuestionState
from .answer import Answer
from .moderation import Flag, ModerationAction
from .notifications import Subscription, UnansweredReminder
from .question import Question
from .social import Comment, Revision, Vote

__all__ = [
    "ActionKind",
    "Answer",
    "AnswerState",
    "CloseReason",
    "Comment",
    "Flag",
    "FlagReason",
    "HideReason",
    "ModerationAction",
    "Question",
    "QuestionState",
    "Revision",
    "Subscription",
    "UnansweredReminder",
    "Vote",
]
