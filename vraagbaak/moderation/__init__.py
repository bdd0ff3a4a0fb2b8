"""Moderation as one room: the queue and its queries, the steps (services), forms, views,
URLs, page sections, template tags and the demo moderation."""
