"""Signing in through a provider of single sign-on (accounts/sso.py), against a real OpenID
Connect provider run in a thread (tests/oidc.py): who may sign up, which organisation they
join, and when experts and curators still do the portal's second factor."""

import pytest
from allauth.socialaccount.models import SocialAccount
from django.urls import reverse
from django.utils import translation

from accounts import mfa_session, roles
from accounts.models import OrganisationDomain, User
from tests.factories import OrganisationFactory, make_member, make_role
from tests.oidc import oidc_provider, oidc_server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db

MFA_AUTHENTICATE = "/account/2fa/authenticate/"
NOT_ADMITTED = "De AI-vraagbaak is voor mensen die bij een Nederlandse overheidsorganisatie werken"


@pytest.fixture
def rijk(db):
    organisation = OrganisationFactory(name="Ministerie van BZK", slug="ministerie-van-bzk")
    OrganisationDomain.objects.create(organisation=organisation, domain="minbzk.nl")
    return organisation


def _dutch(message: str, **values) -> str:
    with translation.override("nl"):
        return translation.gettext(message) % values


def test_admitted_domain_signs_up_verified_and_joins_its_organisation(client, oidc_provider, rijk):  # noqa: F811
    oidc_provider.person("anne", email="anne@minbzk.nl", email_verified=True, name="Anne de Wit")

    response = oidc_provider.sign_in(client, "anne")

    assert response.status_code == 302 and response.url == "/"
    user = User.objects.get(email="anne@minbzk.nl")
    assert user.organisation == rijk
    assert user.display_name == "Anne de Wit"
    assert not user.has_usable_password()
    assert roles.MEMBER in {group.name for group in user.groups.all()}
    assert user.emailaddress_set.get().verified
    assert SocialAccount.objects.get(user=user).provider == "rijk"
    assert client.get("/").wsgi_request.user == user


def test_second_sign_in_finds_the_same_member(client, oidc_provider, rijk):  # noqa: F811
    oidc_provider.person("anne", email="anne@minbzk.nl", email_verified=True)
    oidc_provider.sign_in(client, "anne")
    client.logout()

    response = oidc_provider.sign_in(client, "anne")

    assert response.status_code == 302 and response.url == "/"
    assert User.objects.filter(email="anne@minbzk.nl").count() == 1


def test_member_who_signed_up_by_email_is_found_by_the_verified_address(client, oidc_provider, rijk):  # noqa: F811
    member = make_member(email="bert@minbzk.nl", organisation=rijk)
    oidc_provider.person("bert", email="bert@minbzk.nl", email_verified=True)

    response = oidc_provider.sign_in(client, "bert")

    assert response.status_code == 302 and response.url == "/"
    assert client.get("/").wsgi_request.user == member
    assert User.objects.filter(email="bert@minbzk.nl").count() == 1


@pytest.mark.parametrize("email", ["iemand@gmail.com", "iemand@gemeentefake.nl"])
def test_domain_outside_the_admission_rules_is_refused_in_dutch(client, oidc_provider, email):  # noqa: F811
    oidc_provider.person("buiten", email=email, email_verified=True)

    response = oidc_provider.sign_in(client, "buiten")

    assert response.status_code == 403
    page = response.content.decode()
    assert NOT_ADMITTED in page
    assert reverse("accounts:access-request") in page
    assert not User.objects.filter(email=email).exists()
    assert not client.get("/").wsgi_request.user.is_authenticated


def test_approved_access_request_admits_through_sso_too(client, oidc_provider):  # noqa: F811
    from accounts.models import AccessRequest

    organisation = OrganisationFactory(slug="waterschap-vallei")
    AccessRequest.objects.create(email="cor@vallei.nl", state=AccessRequest.State.APPROVED,
                                 organisation=organisation)
    oidc_provider.person("cor", email="cor@vallei.nl", email_verified=True)

    assert oidc_provider.sign_in(client, "cor").status_code == 302
    assert User.objects.get(email="cor@vallei.nl").organisation == organisation


@pytest.mark.parametrize("claims", [{"email_verified": False}, {}])
def test_address_the_provider_did_not_verify_is_refused(client, oidc_provider, rijk, claims):  # noqa: F811
    oidc_provider.person("dirk", email="dirk@minbzk.nl", **claims)

    response = oidc_provider.sign_in(client, "dirk")

    assert response.status_code == 403
    assert _dutch(
        "%(provider)s did not confirm your e-mail address, so we cannot tell who you "
        "are. Sign in with an account there whose work address is verified, or sign "
        "in with your e-mail address and password.", provider="Rijksportaal",
    ) in response.content.decode()
    assert not User.objects.filter(email="dirk@minbzk.nl").exists()


def test_unverified_address_of_an_existing_member_does_not_sign_them_in(client, oidc_provider, rijk):  # noqa: F811
    make_member(email="eva@minbzk.nl")
    oidc_provider.person("eva-elders", email="eva@minbzk.nl", email_verified=False)

    assert oidc_provider.sign_in(client, "eva-elders").status_code == 403
    assert not client.get("/").wsgi_request.user.is_authenticated


def test_several_providers_each_with_their_domains_and_organisation(client, oidc_provider, rijk):  # noqa: F811
    zwolle = OrganisationFactory(name="Gemeente Zwolle", slug="gemeente-zwolle")
    oidc_provider.configure(
        rijk={"NAME": "Rijksportaal"},
        zwolle={"NAME": "Gemeente Zwolle", "DOMAINS": "zwolle.nl", "ORGANISATION": "gemeente-zwolle"},
    )
    login_page = client.get(reverse("account_login")).content.decode()
    assert "/account/oidc/rijk/login/" in login_page
    assert "/account/oidc/zwolle/login/" in login_page

    # zwolle.nl is no known domain: the provider vouches for it, and names the organisation.
    oidc_provider.person("fleur", email="fleur@zwolle.nl", email_verified=True)
    assert oidc_provider.sign_in(client, "fleur", provider_id="zwolle").status_code == 302
    assert User.objects.get(email="fleur@zwolle.nl").organisation == zwolle
    client.logout()

    # The same address through the other provider, which vouches for no such domain: refused.
    oidc_provider.person("fleur-rijk", email="fleur2@zwolle.nl", email_verified=True)
    assert oidc_provider.sign_in(client, "fleur-rijk", provider_id="rijk").status_code == 403

    # Zwolle's provider does not sign in people of another domain, not even admitted ones.
    oidc_provider.person("gijs", email="gijs@minbzk.nl", email_verified=True)
    response = oidc_provider.sign_in(client, "gijs", provider_id="zwolle")
    assert response.status_code == 403
    assert "minbzk.nl" in response.content.decode()
    assert not User.objects.filter(email="gijs@minbzk.nl").exists()


def test_login_page_lists_the_providers_in_few_queries(client, oidc_provider, django_assert_max_num_queries):  # noqa: F811
    oidc_provider.configure(rijk={}, zwolle={}, utrecht={})
    # The site, allauth's apps kept in the database (none) and the request's savepoint:
    # as many for three providers as for one.
    with django_assert_max_num_queries(4):
        response = client.get(reverse("account_login"))
    assert response.status_code == 200
    for provider_id in ("rijk", "zwolle", "utrecht"):
        assert f'href="/account/oidc/{provider_id}/login/?process=login"' in response.content.decode()


def test_provider_login_asks_a_confirming_post(client, oidc_provider):  # noqa: F811
    response = client.get("/account/oidc/rijk/login/")
    assert response.status_code == 200
    assert 'method="post"' in response.content.decode()


def _expert(email: str, *, totp: bool = True) -> User:
    return make_role(roles.EXPERT, mfa=totp, email=email)


def test_expert_without_mfa_at_the_provider_still_does_totp(client, oidc_provider, rijk):  # noqa: F811
    oidc_provider.configure(rijk={"MFA_AMR": "mfa,otp"})
    expert = _expert("hanna@minbzk.nl")
    oidc_provider.person("hanna", email="hanna@minbzk.nl", email_verified=True, amr=["pwd"])

    response = oidc_provider.sign_in(client, "hanna")

    assert response.status_code == 302 and response.url == MFA_AUTHENTICATE
    assert not client.get("/").wsgi_request.user.is_authenticated
    assert not mfa_session.session_passed_at_provider(client.session, expert)


def test_expert_with_a_trusted_amr_skips_totp_and_uses_powers(client, oidc_provider, rijk):  # noqa: F811
    oidc_provider.configure(rijk={"MFA_AMR": "mfa,otp"})
    curator = make_role(roles.CURATOR, email="ivo@minbzk.nl")
    oidc_provider.person("ivo", email="ivo@minbzk.nl", email_verified=True, amr=["pwd", "otp"])

    response = oidc_provider.sign_in(client, "ivo")

    assert response.status_code == 302 and response.url == "/"
    assert mfa_session.session_passed_at_provider(client.session, curator)
    assert client.get(reverse("accounts:organisation-curate-list")).status_code == 200


def test_trusted_acr_counts_even_without_an_authenticator_here(client, oidc_provider, rijk):  # noqa: F811
    loa = "http://eidas.europa.eu/LoA/substantial"
    oidc_provider.configure(rijk={"MFA_ACR": loa})
    make_role(roles.CURATOR, mfa=False, email="jet@minbzk.nl")
    oidc_provider.person("jet", email="jet@minbzk.nl", email_verified=True, acr=loa)

    assert oidc_provider.sign_in(client, "jet").url == "/"
    # No redirect to set up an authenticator: the provider's second factor stands in.
    assert client.get(reverse("accounts:organisation-curate-list")).status_code == 200


@pytest.mark.parametrize(("configured", "claims"), [
    ({"MFA_AMR": "mfa,otp"}, {"amr": ["pwd", "kba"]}),
    ({"MFA_ACR": "http://eidas.europa.eu/LoA/high"}, {"acr": "http://eidas.europa.eu/LoA/low"}),
    ({}, {"amr": ["mfa"], "acr": "http://eidas.europa.eu/LoA/high"}),  # nothing trusted
])
def test_untrusted_amr_or_acr_leaves_the_totp_step(client, oidc_provider, rijk, configured, claims):  # noqa: F811
    oidc_provider.configure(rijk=configured)
    _expert("karel@minbzk.nl")
    oidc_provider.person("karel", email="karel@minbzk.nl", email_verified=True, **claims)

    assert oidc_provider.sign_in(client, "karel").url == MFA_AUTHENTICATE


def test_expert_without_authenticator_nor_provider_mfa_must_set_one_up(client, oidc_provider, rijk):  # noqa: F811
    _expert("lies@minbzk.nl", totp=False)
    oidc_provider.person("lies", email="lies@minbzk.nl", email_verified=True, amr=["pwd"])

    oidc_provider.sign_in(client, "lies")

    response = client.get(reverse("accounts:organisation-curate-list"))
    assert response.status_code == 302 and response.url == reverse("mfa_activate_totp")


def test_provider_mark_is_for_its_own_user_only(rijk):
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    one, other = make_member(), make_member()
    mfa_session.mark_passed_at_provider(session, one)
    assert mfa_session.session_passed_at_provider(session, one)
    assert not mfa_session.session_passed_at_provider(session, other)
    assert not mfa_session.session_passed_mfa(session, one)


@pytest.mark.parametrize(("amr", "admitted"), [(["pwd", "mfa"], True), (["pwd"], False)])
def test_admin_counts_staff_powers_only_with_a_second_factor(client, oidc_provider, rijk, amr, admitted):  # noqa: F811
    oidc_provider.configure(rijk={"MFA_AMR": "mfa"})
    staff = make_role(roles.CURATOR, mfa=False, email="mia@minbzk.nl")
    User.objects.filter(pk=staff.pk).update(is_staff=True)
    oidc_provider.person("mia", email="mia@minbzk.nl", email_verified=True, amr=amr)

    oidc_provider.sign_in(client, "mia")
    response = client.get(reverse("admin:index"))

    if admitted:
        assert response.status_code == 200
    else:
        # No authenticator here and none asserted at the provider: set one up first.
        assert response.status_code == 302 and response.url == reverse("mfa_activate_totp")


def test_the_connection_is_in_the_download_and_goes_with_the_account(client, oidc_provider, rijk):  # noqa: F811
    from accounts import services

    oidc_provider.person("nina", email="nina@minbzk.nl", email_verified=True, name="Nina Bos")
    oidc_provider.sign_in(client, "nina")
    user = User.objects.get(email="nina@minbzk.nl")

    [connection] = services.personal_data(user=user)["profile"]["single_sign_on"]
    assert (connection["provider"], connection["uid"]) == ("rijk", "nina")
    assert connection["claims"]["userinfo"]["name"] == "Nina Bos"

    services.user_delete(user=user)
    assert not SocialAccount.objects.filter(user=user).exists()


def test_cancelled_or_failed_sign_in_gets_our_page_and_no_session(client, oidc_provider):  # noqa: F811
    started = client.post("/account/oidc/rijk/login/")
    state = started.url.split("state=")[1].split("&")[0]

    cancelled = client.get(f"/account/oidc/rijk/login/callback/?error=access_denied&state={state}",
                           follow=True)
    assert "socialaccount/login_cancelled.html" in [t.name for t in cancelled.templates]

    forged = client.get("/account/oidc/rijk/login/callback/?code=made-up&state=not-ours")
    assert "socialaccount/authentication_error.html" in [t.name for t in forged.templates]
    assert not client.get("/").wsgi_request.user.is_authenticated


def test_each_sign_in_counts_only_its_own_amr(client, oidc_provider, rijk):  # noqa: F811
    oidc_provider.configure(rijk={"MFA_AMR": "mfa"})
    _expert("olga@minbzk.nl")
    oidc_provider.person("olga", email="olga@minbzk.nl", email_verified=True, amr=["mfa"])
    assert oidc_provider.sign_in(client, "olga").url == "/"
    client.logout()

    # The connected account remembers the first sign-in's claims; the second's count.
    oidc_provider.person("olga", email="olga@minbzk.nl", email_verified=True, amr=["pwd"])
    assert oidc_provider.sign_in(client, "olga").url == MFA_AUTHENTICATE


def test_only_the_configured_providers_count(client, oidc_provider):  # noqa: F811
    from allauth.socialaccount.models import SocialApp
    from django.contrib import admin
    from django.contrib.sites.models import Site

    elders = SocialApp.objects.create(provider="openid_connect", provider_id="elders", name="Elders",
                                      client_id="x", secret="y",
                                      settings={"server_url": oidc_provider.issuer})
    elders.sites.add(Site.objects.get_current())
    assert "/account/oidc/elders/" not in client.get(reverse("account_login")).content.decode()
    assert client.post("/account/oidc/elders/login/").status_code == 404
    assert not admin.site.is_registered(SocialApp)
