"""Access requests for curators: the curators hear of each new one, and approving may create
the requester's organisation or add their address's domain to it on the way.

Curators are told through notify(), with a kind of its own, so that the in-app list and each
curator's preferences (at once, in the digest, or off) apply.
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from . import organisation_services, services
from .models import AccessRequest, Organisation, User
from .notifications.kinds import NotificationKind
from .notifications.services import notify
from .signup_domains import domain_of


@transaction.atomic
def access_request_submit(*, name: str, email: str, organisation_name: str,
                          motivation: str) -> AccessRequest:
    access_request = services.access_request_create(
        name=name, email=email, organisation_name=organisation_name, motivation=motivation
    )
    curators_tell_of_request(access_request=access_request)
    return access_request


def curators_tell_of_request(*, access_request: AccessRequest) -> None:
    """Tell every curator (with powers) that a request waits, leading to its page."""
    notify(recipients=User.objects.curators(), kind=NotificationKind.ACCESS_REQUESTED,
           event_key=str(access_request.pk), target=access_request)


@transaction.atomic
def access_request_approve(
    *, access_request: AccessRequest, decided_by: User, organisation: Organisation | None = None,
    new_organisation_name: str = "", add_domain: bool = False,
) -> AccessRequest:
    """Approve, joining `organisation` or a new one named `new_organisation_name`; with
    `add_domain`, the address's domain becomes the organisation's (so colleagues may sign up
    without asking). The caller checked is_curator(decided_by) and that the domain is free."""
    if organisation is None and new_organisation_name:
        organisation = organisation_services.organisation_create(
            name=new_organisation_name, curator=decided_by,
            # Not the requester's address: the log outlives the request.
            note=_("%(name)s, on approving an access request") % {"name": new_organisation_name},
        )
    if organisation is not None and add_domain:
        organisation_services.organisation_domain_add(
            organisation=organisation, domain=domain_of(access_request.email), curator=decided_by
        )
    access_request.organisation = organisation
    access_request.save(update_fields=["organisation"])
    return services.access_request_decide(
        access_request=access_request, approve=True, decided_by=decided_by,
        signup_url=settings.SITE_URL.rstrip("/") + services.signup_path(),
    )
