"""Access requests for curators: the curators hear of each new one, and approving may create
the requester's organisation or add their address's domain to it on the way.

Curators are told by e-mail, after the commit. Once notifications live in
accounts/notifications (issue 12), this becomes one notify() call with an access-request kind,
so that the in-app list and each curator's preferences apply.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from . import organisation_services, services
from .models import AccessRequest, Organisation, OrganisationType, User
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
    """On commit, e-mail every curator (with powers) that a request waits."""
    recipients = list(User.objects.curators().values_list("email", flat=True))
    if not recipients:
        return
    url = settings.SITE_URL.rstrip("/") + reverse("accounts:access-request-list")
    body = _(
        "%(name)s (%(email)s, %(organisation)s) asks to join the AI-vraagbaak.\n\n"
        "Decide at %(url)s"
    ) % {"name": access_request.name, "email": access_request.email,
         "organisation": access_request.organisation_name, "url": url}
    transaction.on_commit(
        lambda: send_mail(_("A request to join the AI-vraagbaak"), body, None, recipients)
    )


@transaction.atomic
def access_request_approve(
    *, access_request: AccessRequest, decided_by: User, organisation: Organisation | None = None,
    new_organisation_name: str = "", add_domain: bool = False,
) -> AccessRequest:
    """Approve, joining `organisation` or a new one named `new_organisation_name`; with
    `add_domain`, the address's domain becomes the organisation's (so colleagues may sign up
    without asking). The caller checked is_curator(decided_by) and that the domain is free."""
    if organisation is None and new_organisation_name:
        base = slugify(new_organisation_name)[:190] or "organisatie"
        slug, n = base, 2
        while Organisation.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        organisation = Organisation.objects.create(
            name=new_organisation_name, slug=slug, type=OrganisationType.OVERIG
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
