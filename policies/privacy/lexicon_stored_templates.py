"""Biometric cues for a template kept on a named person's record: "the voiceprint file we stored on Marcus Hale's
contact", "a face template saved against Ana's profile", "Omar's CRM record holds a voiceprint"; and one captured
or enrolled for a named person ("the hand-scan template their timeclock captured for Piotr Nowak", "a face
template enrolled for Priya Shah").

Senses that must stay quiet: the product able to store templates, with no one's record named ("we can store a
voiceprint on each contact"), and a template kept on a vendor's system ("voiceprints are stored on Twilio's
servers"), and one made for a firm or a site ("the face templates captured for Acme Logistics' gates")."""

from __future__ import annotations

from policies.privacy.lexicon_records import _TEMPLATE
from policies.privacy.names import FEMALE, MALE

# whose record: a name (first and last), which the match then holds itself, or a pronoun
_NAMED = r"(?:(?-i:[A-Z][\w-]+) )?(?-i:[A-Z][\w-]+)(?:'s|’s|'|’)"
_PRONOUN = r"(?:his|her|their)"
# a person's own entry in a system, not a system's parts ("servers", "cloud")
_RECORD = r"(?:(?:CRM |HR |customer |contact |client )?(?:contact|record|profile|file|entry|card|page))"
_KEPT = r"(?:stored|saved|kept|held|attached|synced|uploaded|filed|logged|added|put)"


def _kept_on(whose: str) -> str:
    return (
        r"\b" + _TEMPLATE + r"(?: (?:file|data|sample|recording|record)s?)? (?:\w+ ){0,3}?" + _KEPT
        + r" (?:on|to|against|in|into|with|under) " + whose + r" " + _RECORD + r"\b|\b" + whose + r" " + _RECORD
        + r" (?:has|holds|contains|includes|had|held|still has) (?:a |an |the |his |her |their )?" + _TEMPLATE
    )  # fmt: skip


_GIVEN = r"(?-i:" + "|".join(sorted(sorted(MALE | FEMALE), key=len, reverse=True)) + r")"


def _captured_for(first: str) -> str:
    """Made for someone by name, first and last (not a possessive: "for Acme's gates" is a site's)."""
    return (
        r"\b" + _TEMPLATE + r" (?:\w+ ){0,3}?(?:captured|enrolled|taken|recorded|registered|scanned|created|made|"
        r"generated) (?:for|of) " + first + r" (?-i:[A-Z][\w-]+)\b(?!['’])"
    )


# a known given name is a person by itself; any other two capitalised words need a person in the sentence, as
# a firm's name ("for Acme Logistics") would otherwise pass
STORED_TEMPLATES = (
    (_kept_on(_NAMED), "self"),
    (_kept_on(_PRONOUN), "person"),
    (_captured_for(r"\b" + _GIVEN), "self"),
    (_captured_for(r"(?-i:[A-Z][a-z]+)"), "person"),
)
