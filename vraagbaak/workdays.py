"""Working days (Monday to Friday) for "unanswered for N working days".

A question asked on day D has been waiting one working day for every weekday
after D up to and including today (local time). Public holidays are not
counted out: the reminder may come a day early around them, never late.
"""

import datetime

from django.utils import timezone


def working_days_since(moment: datetime.datetime, now: datetime.datetime) -> int:
    start = timezone.localdate(moment)
    today = timezone.localdate(now)
    days = 0
    day = start + datetime.timedelta(days=1)
    while day <= today:
        days += day.weekday() < 5
        day += datetime.timedelta(days=1)
    return days


def asked_before_for(working_days: int, now: datetime.datetime) -> datetime.datetime:
    """The moment before which a question must have been asked to wait `working_days` by now."""
    day = timezone.localdate(now)
    counted = 0
    while counted < working_days:
        if day.weekday() < 5:
            counted += 1
        day -= datetime.timedelta(days=1)
    # `day` is now the last date that qualifies: anything asked before the next midnight.
    midnight = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
    return timezone.make_aware(midnight, timezone.get_current_timezone())
