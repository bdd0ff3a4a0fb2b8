"""The portal's addresses. Dutch paths, kept stable: links in mails and intranets depend on them."""

from allauth.account.decorators import secure_admin_login
from allauth.socialaccount.models import SocialApp, SocialToken
from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from accounts.admin import admin_login
from accounts.permissions import can_use_admin
from initiatives.sitemaps import InitiativeSitemap, ThemeSitemap

from .site import outage

app_name = "vraagbaak"

SITEMAPS = {
    "initiatives": InitiativeSitemap,
    "themes": ThemeSitemap,
}

vraagbaak_patterns = [
    path("", include("vraagbaak.site.urls")),
    path("", include("vraagbaak.questions_urls")),
    path("", include("vraagbaak.moderation.urls")),
    path("", include("vraagbaak.notifications.urls")),
]

# The admin has no password form of its own: allauth signs people in, with its second
# factor and its rate limits, and the admin counts staff powers only after that step.
admin.site.login = secure_admin_login(admin_login)
admin.site.has_permission = can_use_admin
# The providers of single sign-on come from the environment only (settings/sso.py, with the
# rules of accounts/sso.py); the admin neither adds them nor shows their tokens.
for model in (SocialApp, SocialToken):
    if admin.site.is_registered(model):
        admin.site.unregister(model)

urlpatterns = [
    path("", include((vraagbaak_patterns, "vraagbaak"))),
    path("", include("accounts.urls")),
    path("", include("accounts.notifications.urls")),
    path("", include("initiatives.urls")),
    path("account/", include("allauth.urls")),
    # Without a CSRF token, so that a reader's page carries no per-visitor token or cookie
    # (and can be served from the page cache). A forged switch only changes a language;
    # set_language still accepts only POST and a `next` on this site.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("healthz", outage.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(settings.ADMIN_PATH, admin.site.urls),
]

handler400 = "vraagbaak.site.errors.bad_request"
handler403 = "vraagbaak.site.errors.permission_denied"
handler404 = "vraagbaak.site.errors.page_not_found"
handler500 = "vraagbaak.site.errors.server_error"
