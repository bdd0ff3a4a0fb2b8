"""Whether the current session passed the second factor: powers count only then.

A password alone must never unlock the powers of an expert or curator, so having an
authenticator is not enough: the session must have used it. allauth's MFA app tells us
so through two public signals, `authenticator_used` (the TOTP or recovery-code step of
a login or of a reauthentication) and `authenticator_added` (the set-up, which checks a
code of the new authenticator); their receivers mark the session with the user's id.
Django flushes the session when another user logs in and on logout, so the mark never
outlives the login that earned it.

Permission checks often get a user without a request (services, querysets, notification
audiences, tasks). The middleware therefore puts the request's user and the session's
answer in a context variable for the length of the request; `lacks_mfa_session(user)`
is true only for that person (whatever object stands for them) in a session without the
mark. Work outside a request falls back to "has an authenticator".
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

SESSION_KEY = "accounts_mfa_passed_user"


@dataclass(frozen=True)
class _RequestSession:
    user_pk: int
    passed_mfa: bool


_current: ContextVar[_RequestSession | None] = ContextVar("accounts_request_session",
                                                          default=None)


def mark_passed(session, user) -> None:
    """Record in `session` that `user` passed (or just set up) their second factor."""
    session[SESSION_KEY] = str(user.pk)


def session_passed_mfa(session, user) -> bool:
    return user.pk is not None and session.get(SESSION_KEY) == str(user.pk)


@contextmanager
def request_scope(*, user, passed_mfa: bool):
    """For the length of a request: `user` is the one acting, in a session that did
    or did not pass the second factor."""
    token = _current.set(_RequestSession(user_pk=user.pk, passed_mfa=passed_mfa))
    try:
        yield
    finally:
        _current.reset(token)


def lacks_mfa_session(user) -> bool:
    """True when `user` is the current request's user and the session has no mark."""
    current = _current.get()
    return current is not None and current.user_pk == user.pk and not current.passed_mfa


def on_authenticator_used(sender, request, user, **kwargs) -> None:
    mark_passed(request.session, user)


def on_authenticator_added(sender, request, user, **kwargs) -> None:
    # Only for one's own new authenticator, set up in this very session.
    if request is not None and request.user.is_authenticated and request.user.pk == user.pk:
        mark_passed(request.session, user)
