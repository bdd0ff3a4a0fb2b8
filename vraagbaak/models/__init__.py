from .answer import Answer, AnswerState
from .question import CloseReason, Question, QuestionState
from .social import Comment, Revision, Vote

__all__ = [
    "Answer",
    "AnswerState",
    "CloseReason",
    "Comment",
    "Question",
    "QuestionState",
    "Revision",
    "Vote",
]
