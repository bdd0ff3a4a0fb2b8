"""The portal's roles. Each is a Django group; what it may do are the group's permissions.

The groups are made by a data migration in each app that defines permissions
(accounts 0002, initiatives, vraagbaak), so a fresh database always has them.
"""

from django.utils.translation import gettext_lazy as _

MEMBER = "member"
EXPERT = "expert"
CURATOR = "curator"

ROLE_LABELS = {
    MEMBER: _("Member"),
    EXPERT: _("Expert"),
    CURATOR: _("Curator"),
}

# Roles whose powers need two-factor authentication before they can be used.
ROLES_REQUIRING_MFA = frozenset({EXPERT, CURATOR})
