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

A provider of single sign-on may assert that the person used a second factor there (its
`amr`/`acr` claims; which values count is configured per provider, accounts/sso.py). Such a
login marks the session with a mark of its own, `mark_passed_at_provider`: it stands in for
ours, also for people without an authenticator here, for that session only.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

SESSION_KEY = "accounts_mfa_passed_user"
PROVIDER_SESSION_KEY = "accounts_mfa_passed_at_provider_user"


@dataclass(frozen=True)
class _RequestSession:
    user_pk: int
    passed_mfa: bool
    at_provider: bool = False


_current: ContextVar[_RequestSession | None] = ContextVar("accounts_request_session",
                                                          default=None)


def mark_passed(session, user) -> None:
    """Record in `session` that `user` passed (or just set up) their second factor."""
    session[SESSION_KEY] = str(user.pk)


def mark_passed_at_provider(session, user) -> None:
    """Record in `session` that `user` signed in through a provider that asserted a second
    factor it is trusted for."""
    session[PROVIDER_SESSION_KEY] = str(user.pk)


def session_passed_mfa(session, user) -> bool:
    return user.pk is not None and session.get(SESSION_KEY) == str(user.pk)


def session_passed_at_provider(session, user) -> bool:
    return user.pk is not None and session.get(PROVIDER_SESSION_KEY) == str(user.pk)


@contextmanager
def request_scope(*, user, passed_mfa: bool, at_provider: bool = False):
    """For the length of a request: `user` is the one acting, in a session that did
    or did not pass the second factor (here, or at the provider it signed in through)."""
    token = _current.set(_RequestSession(user_pk=user.pk, passed_mfa=passed_mfa,
                                         at_provider=at_provider))
    try:
        yield
    finally:
        _current.reset(token)


def lacks_mfa_session(user) -> bool:
    """True when `user` is the current request's user and the session has no mark."""
    current = _current.get()
    return current is not None and current.user_pk == user.pk and not current.passed_mfa


def passed_at_provider(user) -> bool:
    """True when `user` is the current request's user, in a session whose second factor the
    SSO provider asserted (they need no authenticator here then)."""
    current = _current.get()
    return current is not None and current.user_pk == user.pk and current.at_provider


def on_authenticator_used(sender, request, user, **kwargs) -> None:
    mark_passed(request.session, user)


def on_authenticator_added(sender, request, user, **kwargs) -> None:
    # Only for one's own new authenticator, set up in this very session.
    if request is not None and request.user.is_authenticated and request.user.pk == user.pk:
        mark_passed(request.session, user)
