"""Religion cues for a faith told the way a contact note keeps it, and by what a person does for a congregation:

- a faith set down as one item of a note about someone ("'doesnt drink, Muslim, no bar venues'", "Amara - church
  lady (Pentecostal)", "'Jehovah's Witness, no bday gifts'"): bracketed, or between the commas of a list of
  lower-case notes, the word is that person's, with no "is" before it;
- service given at a house of worship ("does seva at the gurdwara every Sunday", "volunteers at the mosque on
  Fridays", "helps out at the synagogue");
- a mission told by the length that marks a church's ("did a 2yr mission in Brazil after high school").

Senses that must stay quiet: a faith as the name of a hospital, a school or a list of accounts ("St Luke's
(Methodist) hospital", "(Methodist, Baptist Health, Mercy)": a capital follows), "Christian" as a given name
("the CFO (Christian)"), a supplier's job at a house of worship ("volunteered at the mosque to fix the
cameras"), and a firm's or a trade's mission ("a two-week trade mission to Brazil", "a 2-year mission to
rebuild the data platform")."""

from __future__ import annotations

from policies.privacy.lexicon_religion import _FAITH
from policies.privacy.lexicon_worship import _SERVING

# an item a bracket holds, after a lower-case word ("church lady (Pentecostal)"); "Mercy, (Catholic)" lists bodies
_BRACKETED = r"(?<=[a-z] \()"
# an item a quote opens ("'Jehovah's Witness, no bday gifts'"), ended by the quote or a lower-case note
_QUOTED = r"(?<=['\"“‘])"
_QUOTE_ENDS = r"(?=['\"”’](?!\w)|\s*[,;/]\s*(?-i:[a-z]))"
# an item between commas or after a spaced dash, followed by a lower-case note ("doesnt drink, Muslim, no bar");
# a faith between other capitals is a list of bodies or faiths ("'Catholic, Methodist, Baptist' hospitals")
_LISTED = r"(?:(?<=, )|(?<=,)|(?<=; )|(?<= - )|(?<= – ))"
_LIST_GOES_ON = r"(?=\s*[,;/]\s*(?-i:[a-z]))"
# a faith's name that goes on as a body's ("(Catholic) hospital", "(Methodist) school")
_NOT_A_BODY = (
    r"(?![)'\"”’]? (?:hospitals?|schools?|universit(?:y|ies)|colleges?|charit(?:y|ies)|dioceses?|foundations?|trusts?|"
    r"health|systems?|networks?|churches|customers?|accounts?)\b)"
)
# "Christian" is as often a given name ("the CFO (Christian)")
_NOT_CHRISTIAN = r"(?!(?-i:Christian)\b)"
# the ministries of a congregation that are not a trade's ("langar seva", "kar seva")
_SEVA = r"(?:seva|sewa|langar(?: seva)?|kar ?seva)"
_HOUSE = (
    r"(?:gurdwara|mosque|masjid|synagogue|shul|mandir|kingdom hall|(?:church|chapel|temple)(?= (?:every|on|most) "
    r"(?:sun|sat|fri|week|morning|evening)))"
)
_GIVES = (
    r"(?:volunteers?|volunteered|volunteering|helps? out|helped out|helping out|serves|served|serving|cooks?|"
    r"cooked|cooking|teaches|taught|teaching)"
)
# a supplier's or a visitor's errand at the house ("volunteered at the mosque to fix the cameras")
_NOT_AN_ERRAND = (
    r"(?! (?:to (?:fit|install|deliver|fix|demo|pitch|survey|set up|repair|service)|for (?:the |a |an )?(?:install\w*|"
    r"demo|survey|pilot|audit|delivery)|(?:project|account|site|build|car park|roof|shop|tender|contract)\b))"
)
# how long a church's mission runs ("2yr", "two-year", "18-month")
_MISSION_SPAN = r"(?:2|two|1\.5|18|24)[- ]?(?:yrs?|years?|months?|mos?)(?:[- ]long)?"

FAITH_NOTES = (
    (
        r"(?:"
        + _BRACKETED
        + _NOT_CHRISTIAN
        + _FAITH
        + r"\b(?=\))|"
        + _QUOTED
        + _NOT_CHRISTIAN
        + _FAITH
        + r"\b"
        + _QUOTE_ENDS
        + r"|"
        + _LISTED
        + _NOT_CHRISTIAN
        + _FAITH
        + r"\b"
        + _LIST_GOES_ON
        + r")"
        + _NOT_A_BODY,
        "person",
    ),
    (
        r"\b(?:does|do|did|doing|done) (?:(?:his|her|their|weekly|regular|some) )?" + _SEVA + r"\b|"
        r"\b"
        + _GIVES
        + r" (?:\w+ ){0,2}?(?:at|in|for) (?:the|a|his|her|my|their) (?:local )?"
        + _HOUSE
        + r"\b"
        + _NOT_AN_ERRAND,
        "person",
    ),
    (
        r"\b" + _SERVING + r" (?:a |an |his |her |my |their )?" + _MISSION_SPAN + r" mission\b(?= (?:in|to) "
        r"(?!Mars\b)(?-i:[A-Z])| (?:abroad|overseas)\b| after (?:high school|school|college|uni)\b|\s*[.,;!?]|\s*$)"
        # a mission of a state, an army or a volunteer corps ("with the Peace Corps", "a UN mission")
        r"(?![^.\n]{0,60}\b(?:Peace Corps|United Nations|UN|NATO|army|military|navy|embassy|chamber|"
        r"peacekeep\w*|deployment)\b)",
        "person",
    ),
)
