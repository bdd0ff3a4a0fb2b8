"""Demo organisations and people, for a newcomer's first look. Development only."""

from django.conf import settings
from django.utils.text import slugify

from . import register, roles, services
from .models import (
    Organisation,
    OrganisationAlias,
    OrganisationDomain,
    OrganisationType,
    User,
    normalise_organisation_name,
)

T = OrganisationType

ORGANISATIONS = [
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", T.MINISTERIE,
     "https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties",
     ["Ministry of the Interior and Kingdom Relations", "BZK"]),
    ("Ministerie van Financiën", T.MINISTERIE,
     "https://www.rijksoverheid.nl/ministeries/ministerie-van-financien", ["Ministry of Finance"]),
    ("Ministerie van Justitie en Veiligheid", T.MINISTERIE,
     "https://www.rijksoverheid.nl/ministeries/ministerie-van-justitie-en-veiligheid",
     ["Ministry of Justice and Security"]),
    ("Ministerie van Sociale Zaken en Werkgelegenheid", T.MINISTERIE,
     "https://www.rijksoverheid.nl/ministeries/ministerie-van-sociale-zaken-en-werkgelegenheid",
     ["Ministry of Social Affairs and Employment"]),
    ("Ministerie van Infrastructuur en Waterstaat", T.MINISTERIE,
     "https://www.rijksoverheid.nl/ministeries/ministerie-van-infrastructuur-en-waterstaat",
     ["Ministry of Infrastructure and Water Management"]),
    ("Belastingdienst", T.AGENTSCHAP, "https://www.belastingdienst.nl",
     ["Dutch Tax and Customs Administration", "Tax Administration"]),
    ("Rijkswaterstaat", T.AGENTSCHAP, "https://www.rijkswaterstaat.nl", []),
    ("Dienst Uitvoering Onderwijs", T.AGENTSCHAP, "https://duo.nl", ["DUO"]),
    ("UWV", T.ZBO, "https://www.uwv.nl",
     ["Employee Insurance Agency", "Uitvoeringsinstituut Werknemersverzekeringen"]),
    ("Sociale Verzekeringsbank", T.ZBO, "https://www.svb.nl", ["SVB"]),
    ("Kadaster", T.ZBO, "https://www.kadaster.nl", ["Netherlands' Cadastre"]),
    ("Centraal Bureau voor de Statistiek", T.ZBO, "https://www.cbs.nl",
     ["Statistics Netherlands", "CBS"]),
    ("Gemeente Amsterdam", T.GEMEENTE, "https://www.amsterdam.nl",
     ["City of Amsterdam", "Municipality of Amsterdam", "Amsterdam"]),
    ("Gemeente Rotterdam", T.GEMEENTE, "https://www.rotterdam.nl",
     ["City of Rotterdam", "Municipality of Rotterdam", "Rotterdam"]),
    ("Gemeente Utrecht", T.GEMEENTE, "https://www.utrecht.nl",
     ["City of Utrecht", "Municipality of Utrecht", "Utrecht"]),
    ("Gemeente Den Haag", T.GEMEENTE, "https://www.denhaag.nl",
     ["City of The Hague", "Municipality of The Hague", "The Hague", "'s-Gravenhage"]),
    ("Gemeente Eindhoven", T.GEMEENTE, "https://www.eindhoven.nl",
     ["City of Eindhoven", "Municipality of Eindhoven"]),
    ("Gemeente Groningen", T.GEMEENTE, "https://gemeente.groningen.nl",
     ["City of Groningen", "Municipality of Groningen"]),
    ("Gemeente Zwolle", T.GEMEENTE, "https://www.zwolle.nl", ["Municipality of Zwolle"]),
    ("Provincie Noord-Holland", T.PROVINCIE, "https://www.noord-holland.nl",
     ["Province of North Holland"]),
    ("Provincie Gelderland", T.PROVINCIE, "https://www.gelderland.nl", ["Province of Gelderland"]),
    ("Provincie Zuid-Holland", T.PROVINCIE, "https://www.zuid-holland.nl",
     ["Province of South Holland"]),
    ("Waterschap Aa en Maas", T.WATERSCHAP, "https://www.aaenmaas.nl", []),
    ("Hoogheemraadschap Hollands Noorderkwartier", T.WATERSCHAP, "https://www.hhnk.nl", ["HHNK"]),
    ("Waterschap Vallei en Veluwe", T.WATERSCHAP, "https://www.vallei-veluwe.nl", []),
    ("Inspectie Leefomgeving en Transport", T.INSPECTIE, "https://www.ilent.nl", ["ILT"]),
    ("Politie", T.POLITIE, "https://www.politie.nl", ["Dutch National Police"]),
    ("Veiligheidsregio Utrecht", T.VEILIGHEIDSREGIO, "https://www.vru.nl", []),
    ("Vereniging van Nederlandse Gemeenten", T.KOEPEL, "https://vng.nl", ["VNG"]),
]

# (e-mail, display name, organisation, job title, role)
PEOPLE = [
    ("lid@utrecht.example", "Sanne de Vries", "Gemeente Utrecht",
     "Beleidsadviseur dienstverlening", roles.MEMBER),
    ("lid2@uwv.example", "Mohamed El Amrani", "UWV", "Data-analist", roles.MEMBER),
    ("lid3@noord-holland.example", "Eva Jansen", "Provincie Noord-Holland",
     "Informatieadviseur", roles.MEMBER),
    ("lid4@aaenmaas.example", "Pieter Bakker", "Waterschap Aa en Maas",
     "Adviseur assetmanagement", roles.MEMBER),
    ("expert@minbzk.example", "Dr. Lotte Visser",
     "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
     "Senior adviseur verantwoorde AI", roles.EXPERT),
    ("expert2@amsterdam.example", "Jeroen Smit", "Gemeente Amsterdam",
     "Privacy officer", roles.EXPERT),
    ("curator@minbzk.example", "Fatima Yilmaz",
     "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
     "Redacteur AI-vraagbaak", roles.CURATOR),
]

# A fixed TOTP secret for the demo expert and curator, so they can sign in with
# an authenticator app (or `oathtool --totp -b SECRET`). Never used outside DEBUG.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 (demo only)


def load_organisations() -> dict[str, Organisation]:
    organisations = {}
    for name, org_type, website, aliases in ORGANISATIONS:
        organisation, _ = Organisation.objects.update_or_create(
            slug=slugify(name), defaults={"name": name, "type": org_type, "website": website}
        )
        for alias in [name, *aliases]:
            # An import may already have claimed this spelling: keep its choice.
            if not OrganisationAlias.objects.filter(
                normalised=normalise_organisation_name(alias)
            ).exists():
                OrganisationAlias(organisation=organisation, name=alias).save()
        organisations[name] = organisation
        # Their e-mail domains from the shipped list, so that their people sign up into them.
        if entry := register.find_by_name(name):
            for domain in entry.domains:
                OrganisationDomain.objects.get_or_create(
                    domain=domain, defaults={"organisation": organisation}
                )
    bzk = organisations["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"]
    directie, _ = Organisation.objects.update_or_create(
        slug="directie-digitale-overheid",
        defaults={"name": "Directie Digitale Overheid", "type": T.MINISTERIE, "parent": bzk,
                  "website": "https://www.digitaleoverheid.nl"},
    )
    organisations[directie.name] = directie
    return organisations


def _activate_demo_mfa(user: User) -> None:
    from allauth.mfa.models import Authenticator
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists():
        RecoveryCodes.activate(user)


def load_people(organisations: dict[str, Organisation]) -> list[tuple[User, str]]:
    from allauth.account.models import EmailAddress

    people = []
    for email, display_name, organisation, job_title, role in PEOPLE:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email, settings.DEMO_ACCOUNTS_PASSWORD)
        user.display_name = display_name
        user.organisation = organisations[organisation]
        user.job_title = job_title
        # The demo experts chose to be listed, so a visitor sees who the experts are.
        user.listed_as_expert = role == roles.EXPERT
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        services.member_role_grant(user=user)
        if role != roles.MEMBER:
            services.role_grant(user=user, role=role)
            _activate_demo_mfa(user)
        people.append((user, role))
    return people


def load() -> dict:
    organisations = load_organisations()
    people = load_people(organisations)
    return {"organisations": organisations, "people": people}
