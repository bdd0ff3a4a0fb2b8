from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VraagbaakConfig(AppConfig):
    name = "vraagbaak"
    verbose_name = _("Vraagbaak")
