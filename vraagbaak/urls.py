"""The portal's addresses. Dutch paths, kept stable: links in mails and intranets depend on them."""

from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from accounts.admin import admin_login
from accounts.permissions import can_use_admin
from initiatives.sitemaps import InitiativeSitemap, ThemeSitemap

from . import outage
from .views import site

app_name = "vraagbaak"

SITEMAPS = {
    "initiatives": InitiativeSitemap,
    "themes": ThemeSitemap,
}

vraagbaak_patterns = [
    path("", site.home, name="home"),
    path("over/", site.statement_page, {"name": "about"}, name="about"),
    path("toegankelijkheid/", site.statement_page, {"name": "accessibility"},
         name="accessibility"),
    path("privacy/", site.statement_page, {"name": "privacy"}, name="privacy"),
    path("", include("vraagbaak.questions_urls")),
    path("", include("vraagbaak.moderation_urls")),
]

# The admin has no password form of its own: allauth signs people in, with its second
# factor and its rate limits, and the admin counts staff powers only after that step.
admin.site.login = secure_admin_login(admin_login)
admin.site.has_permission = can_use_admin

urlpatterns = [
    path("", include((vraagbaak_patterns, "vraagbaak"))),
    path("", include("accounts.urls")),
    path("", include("accounts.notifications.urls")),
    path("", include("initiatives.urls")),
    path("account/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz", outage.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(settings.ADMIN_PATH, admin.site.urls),
]

handler400 = "vraagbaak.views.errors.bad_request"
handler403 = "vraagbaak.views.errors.permission_denied"
handler404 = "vraagbaak.views.errors.page_not_found"
handler500 = "vraagbaak.views.errors.server_error"
