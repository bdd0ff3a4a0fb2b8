"""The demo questions and answers (Dutch, written for this project), one module per theme.
Loaded by vraagbaak/demo.py.

Who is who (accounts/demo.py): sanne (Gemeente Utrecht), mohamed (UWV), eva
(Provincie Noord-Holland), pieter (Waterschap Aa en Maas), lotte (expert, BZK),
jeroen (expert, privacy officer Amsterdam), fatima (curator, BZK).

The order of QUESTIONS is the order in which they were asked (the first is the oldest); the
demo's dates and votes follow from a question's place in it.
"""

from . import (
    ai_act,
    chatbots,
    images,
    inspection,
    mail,
    newest,
    prediction,
    privacy,
    procurement,
    software,
    speech,
    training,
    woo,
    writing,
)

QUESTIONS = [
    *woo.QUESTIONS,
    *writing.QUESTIONS,
    *chatbots.QUESTIONS,
    *speech.QUESTIONS,
    *mail.QUESTIONS,
    *inspection.QUESTIONS,
    *prediction.QUESTIONS,
    *images.QUESTIONS,
    *software.QUESTIONS,
    *privacy.QUESTIONS,
    *ai_act.QUESTIONS,
    *procurement.QUESTIONS,
    *training.QUESTIONS,
    *newest.QUESTIONS,
]
