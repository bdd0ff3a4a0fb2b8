from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SemanticConfig(AppConfig):
    name = "semantic"
    verbose_name = _("Finding by meaning")
    default_auto_field = "django.db.models.BigAutoField"
