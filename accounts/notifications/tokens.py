"""Signed one-click unsubscribe links: they work without signing in and cannot be forged."""

from django.core import signing

# The salt the first links were signed with: links in mails already sent keep working.
SALT = "vraagbaak.notifications.unsubscribe"
ALL = "*"


def unsubscribe_token(*, user_id: int, kind: str | None) -> str:
    return signing.dumps({"u": user_id, "k": kind or ALL}, salt=SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str | None]:
    """(user id, kind or None for all); raises signing.BadSignature when tampered with."""
    data = signing.loads(token, salt=SALT)
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        raise signing.BadSignature("Malformed unsubscribe token.")
    kind = data.get("k")
    return data["u"], (None if kind == ALL else kind)
