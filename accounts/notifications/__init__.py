"""Notifications: what a member is told, in the app and by e-mail, as they chose.

Below both parts that tell people things (the registry and the vraagbaak), so each calls
`notify()` (services) directly. It knows people, never questions or initiatives: what a
notification is about is a generic `target` (where its link leads) and `context` (whose
title its wording names), and each kind's wording lives in `kinds`.
"""
