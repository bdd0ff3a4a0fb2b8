from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("People and organisations")

    def ready(self):
        # allauth tells of a passed second factor only through these signals.
        from allauth.account.signals import user_logged_in
        from allauth.mfa import signals

        from . import mfa_session, signup_domains, sso  # noqa: F401  (signup_domains: its system check)

        signals.authenticator_used.connect(mfa_session.on_authenticator_used,
                                           dispatch_uid="accounts_mfa_used")
        signals.authenticator_added.connect(mfa_session.on_authenticator_added,
                                            dispatch_uid="accounts_mfa_added")
        # A provider of single sign-on may vouch for the second factor (accounts/sso.py).
        user_logged_in.connect(sso.on_user_logged_in, dispatch_uid="accounts_sso_mfa")
