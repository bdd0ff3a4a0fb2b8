"""Who is a curator and who is an expert of a theme is answered once: the SQL audiences of
UserQuerySet (with_powers, curators, experts_of) hold exactly the people the predicates of
accounts.permissions grant those powers to, two-factor rule and superusers included."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from accounts import roles
from accounts.models import User
from accounts.permissions import can_use_powers, is_curator, is_expert
from tests.factories import ThemeFactory, make_member, make_role


def superuser(*, mfa: bool) -> User:
    user = make_member(is_superuser=True, is_staff=True)
    if mfa:
        TOTP.activate(user, generate_totp_secret())
    return User.objects.get(pk=user.pk)


@pytest.fixture
def theme(db):
    return ThemeFactory()


@pytest.fixture
def people(theme):
    """One of each: with and without two-factor, inactive, superuser, expert elsewhere."""
    people = {
        "member": make_member(),
        "curator": make_role(roles.CURATOR),
        "curator_without_mfa": make_role(roles.CURATOR, mfa=False),
        "inactive_curator": make_role(roles.CURATOR, is_active=False),
        "superuser": superuser(mfa=True),
        "superuser_without_mfa": superuser(mfa=False),
        "expert": make_role(roles.EXPERT),
        "expert_without_mfa": make_role(roles.EXPERT, mfa=False),
        "expert_elsewhere": make_role(roles.EXPERT),
        "former_expert": make_member(),  # still on the theme's list, no longer in the role
    }
    for name in ("expert", "expert_without_mfa", "former_expert"):
        theme.experts.add(people[name])
    ThemeFactory().experts.add(people["expert_elsewhere"])
    # A curator who is also an expert of two themes appears once, not once per theme.
    for extra in (theme, ThemeFactory()):
        extra.experts.add(people["curator"])
    return people


def names(people, queryset) -> list[str]:
    pks = list(queryset.values_list("pk", flat=True))
    assert len(pks) == len(set(pks)), "an audience lists nobody twice"
    return sorted(name for name, user in people.items() if user.pk in pks)


def test_curators_are_exactly_those_is_curator_grants(people):
    assert names(people, User.objects.curators()) == sorted(
        name for name, user in people.items() if is_curator(user)
    )
    assert names(people, User.objects.curators()) == ["curator", "superuser"]


def test_experts_of_a_theme_are_exactly_its_experts_with_powers(people, theme):
    assert names(people, User.objects.experts_of(theme)) == sorted(
        name for name, user in people.items()
        if is_expert(user) and theme.experts.filter(pk=user.pk).exists()
    )
    assert names(people, User.objects.experts_of(theme.pk)) == ["expert"]


def test_experts_are_exactly_those_is_expert_grants_on_some_theme(people):
    assert names(people, User.objects.experts()) == sorted(
        name for name, user in people.items() if is_expert(user) and user.expert_themes.exists()
    )
    assert names(people, User.objects.experts()) == ["expert", "expert_elsewhere"]


def test_an_organisation_page_lists_only_experts_with_powers(client, theme):
    listed = make_role(roles.EXPERT, display_name="Expert Met Tweestaps")
    unlisted = make_role(roles.EXPERT, mfa=False, display_name="Expert Zonder Tweestaps",
                         organisation=listed.organisation)
    theme.experts.add(listed, unlisted)
    html = client.get(listed.organisation.get_absolute_url()).content.decode()
    # Both are members of the organisation; only the experts' section is asked here.
    section = html.split('id="organisation-experts"', 1)[1].split("</section>", 1)[0]
    assert "Expert Met Tweestaps" in section
    assert "Expert Zonder Tweestaps" not in section


def test_with_powers_leaves_out_the_inactive_and_those_without_two_factor(people):
    holders = names(people, User.objects.with_powers())
    for name in ("curator_without_mfa", "superuser_without_mfa", "expert_without_mfa",
                 "inactive_curator"):
        assert name not in holders
        assert not can_use_powers(people[name])
    assert {"curator", "superuser", "expert", "expert_elsewhere"} <= set(holders)


def test_the_user_manager_still_creates_users_and_superusers(db):
    user = User.objects.create_user("Nieuw@Rijksoverheid.nl", "wachtwoord-123-geheim")
    admin = User.objects.create_superuser("beheer@rijksoverheid.nl", "wachtwoord-123-geheim")
    assert user.email == "nieuw@rijksoverheid.nl" and not user.is_superuser
    assert admin.is_superuser and admin.is_staff
    assert list(User.objects.filter(pk=admin.pk).curators()) == []  # no two-factor yet
