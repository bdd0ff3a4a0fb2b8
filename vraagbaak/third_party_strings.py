"""Dutch for strings of Django's admin and django-taggit whose own Dutch catalogues leave them
untranslated. Listed here so that makemessages puts them in our catalogue, which Django
consults before the apps' own (LOCALE_PATHS has precedence). Nothing imports this module.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

TAGGIT = (
    gettext_noop("Taggit"),
    gettext_noop("tag"),
    gettext_noop("tags"),
    gettext_noop('Expected a list of items but got type "{input_type}".'),
    gettext_noop("Invalid json list. A tag list submitted in string form must be valid json."),
    gettext_noop("All list items must be of string type."),
)

ADMIN = (
    gettext_noop('The app "%s" could not be found.'),
    gettext_noop(", "),
    ngettext_lazy("…and %(count)d more object.", "…and %(count)d more objects.", "count"),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting related "
        "objects, but your account doesn't have permission to delete the following types of objects:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the following "
        "protected related objects:"
    ),
    gettext_noop(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? All of the "
        "following related items will be deleted:"
    ),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("Pagination %(name)s entries"),
    gettext_noop("Pagination %(name)s"),
    gettext_noop("Search %(name)s"),
    gettext_noop("Logout"),
)
