import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client

from accounts import mfa_session, roles, services
from accounts.models import Organisation, OrganisationType, User


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Gemeente Testdorp {n}")
    slug = factory.Sequence(lambda n: f"gemeente-testdorp-{n}")
    type = OrganisationType.GEMEENTE


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"ambtenaar{n}@rijksoverheid.nl")
    display_name = factory.Sequence(lambda n: f"Ambtenaar {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    job_title = "Beleidsmedewerker"
    password = factory.django.Password("geheim-wachtwoord-123")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


def make_member(**kwargs) -> User:
    user = UserFactory(**kwargs)
    services.member_role_grant(user=user)
    return user


def make_role(role: str, *, mfa: bool = True, **kwargs) -> User:
    """A member with `role` (expert or curator), by default with TOTP set up."""
    user = make_member(**kwargs)
    services.role_grant(user=user, role=role)
    if mfa:
        TOTP.activate(user, generate_totp_secret())
    return User.objects.get(pk=user.pk)


EXPERT, CURATOR = roles.EXPERT, roles.CURATOR


class MFAClient(Client):
    """A test client whose `force_login` stands for a finished allauth login, the second
    factor included (powers count only in such a session, see accounts/mfa_session.py).
    `force_login(user, mfa=False)` makes a session that never passed it."""

    def force_login(self, user, backend=None, *, mfa: bool = True):
        super().force_login(user, backend)
        if mfa:
            session = self.session
            mfa_session.mark_passed(session, user)
            session.save()
