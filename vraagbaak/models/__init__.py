from .answer import Answer, AnswerState
from .moderation import ActionKind, Flag, FlagReason, HideReason, ModerationAction
from .notifications import (
    DEFAULT_DELIVERY,
    Delivery,
    Notification,
    NotificationKind,
    NotificationPreference,
    Subscription,
    UnansweredReminder,
)
from .question import CloseReason, Question, QuestionState
from .social import Comment, Revision, Vote

__all__ = [
    "DEFAULT_DELIVERY",
    "ActionKind",
    "Answer",
    "AnswerState",
    "CloseReason",
    "Comment",
    "Delivery",
    "Flag",
    "FlagReason",
    "HideReason",
    "ModerationAction",
    "Notification",
    "NotificationKind",
    "NotificationPreference",
    "Question",
    "QuestionState",
    "Revision",
    "Subscription",
    "UnansweredReminder",
    "Vote",
]
