"""In-app and e-mail notifications: who follows what, who is told what, and how.

The public facade: `notify` (services), the event hooks in `events`, and the
tasks in `tasks` that send e-mail outside the request.
"""
