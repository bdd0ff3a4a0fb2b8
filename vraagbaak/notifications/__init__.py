"""The Q&A's side of notifications: who follows what (services), who hears of which step of
asking, answering and moderating (hooks), the reminders of unanswered questions, and what a
member follows on their notification page (sections).

The telling itself (`notify()`, the kinds, preferences, e-mail, the digest) lives below,
in accounts.notifications, which the registry calls too.
"""
