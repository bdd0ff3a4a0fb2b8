"""Finding personal data in what a member writes, before it is published.

The checks are the ones the browser runs too (static/js/personal-data.js): a BSN (nine
digits that pass the elfproef), an IBAN (mod 97), a Dutch phone number, an e-mail address,
and a postcode with a house number. The checksums come from python-stdnum and the phone
numbers from phonenumbers (Google's libphonenumber), so a date, an amount or a case number
that merely looks like one does not raise an alarm. The server check is the one that counts.
A leaf: it knows no model, so every part's forms can use it.
"""

import re
from dataclasses import dataclass

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from stdnum import iban
from stdnum.nl import bsn

BSN, IBAN, PHONE, EMAIL, ADDRESS = "bsn", "iban", "phone", "email", "address"

LABELS = {
    BSN: _("a citizen service number (BSN)"),
    IBAN: _("a bank account number (IBAN)"),
    PHONE: _("a phone number"),
    EMAIL: _("an e-mail address"),
    ADDRESS: _("a postcode with a house number"),
}

# Nine digits, optionally grouped as 123.456.782 or 123 456 782, not inside a longer number
# nor an amount in euros.
_BSN = re.compile(
    r"(?<![\d.,/-])(?<!€)(?<!€ )(?<!EUR )(\d{3}[ .]?\d{3}[ .]?\d{3}|\d{4}[ .]?\d{2}[ .]?\d{3})"
    r"(?!\d|[.,/-]\d)"
)
# Two letters, two check digits, then 10 to 30 letters and digits, in groups of four or not.
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A Dutch postcode (never SA, SD or SS) with a house number just before or after it.
_POSTCODE = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}"
_ADDRESS = re.compile(
    rf"\b{_POSTCODE}[ ,]+\d{{1,5}}(?: ?[a-zA-Z]\b|-\d+)?\b"
    rf"|\b[A-Za-zÀ-ÿ'.-]{{3,}} \d{{1,5}}(?: ?[a-zA-Z]\b|-\d+)?,? +{_POSTCODE}\b"
)
# Digits that a phone number could be made of; phonenumbers decides which really are.
_PHONE_HINT = re.compile(r"(?:\+|00|0)\d")


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int

    @property
    def label(self):
        return LABELS[self.kind]


def _bsn_findings(text: str):
    for match in _BSN.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if digits != "000000000" and bsn.is_valid(digits):
            yield Finding(BSN, match.start(1), match.end(1))


def _iban_findings(text: str):
    for match in _IBAN.finditer(text):
        candidate = match.group(1).rstrip()
        if iban.is_valid(candidate):
            yield Finding(IBAN, match.start(1), match.start(1) + len(candidate))


def _email_findings(text: str):
    for match in _EMAIL.finditer(text):
        try:
            validate_email(match.group(0))
        except ValidationError:
            continue
        yield Finding(EMAIL, match.start(), match.end())


def _phone_findings(text: str):
    if not _PHONE_HINT.search(text):
        return
    for match in phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID):
        number = match.number
        # Service numbers (0800, 0900, 14 0xx) belong to organisations, not people.
        kind = phonenumbers.number_type(number)
        if kind in (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                    phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.UAN):
            continue
        yield Finding(PHONE, match.start, match.end)


def _address_findings(text: str):
    for match in _ADDRESS.finditer(text):
        yield Finding(ADDRESS, match.start(), match.end())


def find_personal_data(text: str) -> list[Finding]:
    """Every passage of `text` that looks like personal data, in order, without overlaps
    (a number that is both an IBAN and a phone number counts once, as the first found)."""
    if not text:
        return []
    found = [
        *_iban_findings(text), *_email_findings(text), *_bsn_findings(text),
        *_address_findings(text), *_phone_findings(text),
    ]
    kept: list[Finding] = []
    for finding in found:
        if not any(finding.start < other.end and other.start < finding.end for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda finding: finding.start)


def kinds_found(text: str) -> list[str]:
    """The kinds found in `text`, each once, in the order of LABELS."""
    kinds = {finding.kind for finding in find_personal_data(text)}
    return [kind for kind in LABELS if kind in kinds]
