"""People at a third firm copied on the customer's mail are not the customer's contacts: "Cc: Laura Finch
<lfinch@bridgepoint-consulting.example>" on a thread from opentech.example, for the account Opentech; nor is that
firm itself, named like a person with its part in brackets ("Bridgepoint (our implementation partner)").

Only when the customer's own domain is seen in the mail (someone writes from the account's domain), so a customer
writing from a mailbox of another name keeps their people; or when the mail is a referral ("a warm intro: Chiara
Valli, Head of Logistics at Sumace"): its sender, writing from a firm that is neither ours nor the account's, is
the one who refers, not the customer's contact."""

from __future__ import annotations

import re

from memory.extract.mail_sides import OUR_EMAIL_DOMAINS

_REFERRAL = re.compile(
    r"\b(?:referral|warm intro(?:duction)?|introduc(?:e|ing) you to|refer(?:ring|red)? (?:you|her|him|them)\b|"
    r"put(?:ting)? you in touch)",
    re.IGNORECASE,
)
_WEBMAIL = frozenset("gmail googlemail outlook hotmail live yahoo icloud me aol proton protonmail gmx web".split())
_SENDER = re.compile(r"^[ \t]*From:[ \t]*([A-Z][^<>\n,;:]{1,60}?)\s*<[^<>@\s]+@([a-z0-9.-]+)>", re.I | re.M)
_ADDRESS = re.compile(r"([A-Z][^<>\n,;:]{1,60}?)\s*<[^<>@\s]+@([a-z0-9.-]+)>", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def third_party_people(
    text: str, account: str | None, contacts: list[dict[str, str | None]]
) -> list[dict[str, str | None]]:
    """``contacts`` without those shown with a third firm's address, or named as that firm."""
    if not account or "@" not in text:
        return contacts
    own = _key(account)
    theirs = False
    names: set[str] = set()
    firms: set[str] = set()
    for m in _ADDRESS.finditer(text):
        domain = m.group(2).lower().rstrip(".")
        if domain in OUR_EMAIL_DOMAINS:
            continue
        stem = _key(domain.split(".")[0])
        if own and (own in stem or stem in own):
            theirs = True
            continue
        names.add(" ".join(m.group(1).split()).lower())
        firms.add(_key(domain.split(".")[0].split("-")[0]))
    if not theirs:
        names = _referrer(text, own)
    if not names:
        return contacts
    return [c for c in contacts if (c["name"] or "").lower() not in names and _key(c["name"] or "") not in firms]


def _referrer(text: str, own: str) -> set[str]:
    """The sender of a referral mail, from a firm neither ours nor the account's (none else)."""
    sender = _SENDER.search(text)
    if sender is None or not _REFERRAL.search(text):
        return set()
    domain = sender.group(2).lower().rstrip(".")
    stem = _key(domain.split(".")[0])
    if domain in OUR_EMAIL_DOMAINS or stem in _WEBMAIL or (own and (own in stem or stem in own)):
        return set()  # a personal mailbox says no firm: the customer may write from it
    return {" ".join(sender.group(1).split()).lower()}
