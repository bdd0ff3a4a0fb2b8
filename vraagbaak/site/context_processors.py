from django.conf import settings

from ..permissions import can_moderate_any


def site(request):
    return {"CONTACT_EMAIL": settings.CONTACT_EMAIL}


def moderation(request):
    """For the header's link to the review queue, computed only when a template asks
    (from the role data the MFA middleware already loaded)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"is_moderator": lambda: can_moderate_any(user)}
