"""Sexual-orientation cues told by two named people said to be a couple, guesses included ("I'm fairly sure Ivan and
his 'housemate' Pavel are an item", "Lena and Mia have been together for years"), a past or present romance told
from one side ("Megan used to date Hannah", "Oskar has been dating my old flatmate Jonas"), and a partner in
Taglish ("Sir Mark, kasama niya yung boyfriend niyang si Paolo"). The ``couple`` gate decides: both people must
be known and of one gender, the one on the near side being the last person named before; unknown names decide
nothing.

Senses that must stay quiet: a couple of different genders, business partners ("Ivan and Pavel are partners at the
firm", "are partners, so either can sign"), two people merely together somewhere ("Lena and Mia are together at the
expo"), a romance across genders ("Megan used to date Tom", "Ma'am Liza's boyfriend niya"), a date that is a day
("the invoice dated March") and a name that owns something ("is dating Hannah's brother")."""

from __future__ import annotations

_NAME = r"(?-i:[A-Z][a-z]+)"
# "at Scotfind" after the first name, and the scare-quoted word a partner is often passed off by
_AT_A_FIRM = r"(?: (?:at|from) (?-i:[A-Z][\w-]+))?"
_PASSED_OFF = (
    r"(?:(?:his|her|their) (?:[\"'“‘](?:flatmate|roommate|housemate|room-mate|friend|lodger|pal|buddy|cousin|"
    r"assistant)[\"'”’] |(?:flatmate|roommate|housemate|friend|lodger) )?)?"
)
_A_COUPLE = (
    r"(?:are|were|'re|must be|might be|may be|seem to be|seem like|look like|have been|had been) (?:obviously |clearly "
    r"|definitely |probably |surely |really |secretly |quietly |basically )?(?:a couple|an item|(?:life|romantic|"
    r"domestic) partners|dating|seeing each other|in a relationship|together(?= (?:for|since) "
    r"(?:\w+ ){0,2}?(?:years?|decades?|months?|ages|\d{4})\b))"
)

COUPLES = (
    (
        r"\b(?P<owner>"
        + _NAME
        + r")"
        + _AT_A_FIRM
        + r" and "
        + _PASSED_OFF
        + r"(?P<other>"
        + _NAME
        + r")"
        + _AT_A_FIRM
        + r" "
        + _A_COUPLE,
        "couple",
    ),
    (
        # the one who dates is the last person named before (there is no owner group)
        r"\b(?:used to date|(?:is|was|'s|has been|had been|have been|started|stopped|been) dating|broke up with|"
        r"split up with) (?:(?:my|his|her|our|their|the) (?:[\w'’-]+ ){0,2}?)?(?P<other>" + _NAME + r")\b(?!['’]s\b)",
        "couple",
    ),
    (
        # Taglish: the partner word, then "niya" (his or her), then maybe "si" and the partner's name
        r"\b(?P<rel>boyfriend|girlfriend|husband|wife|asawa|jowa|partner) (?:niya|niyang|nya|nyang)\b"
        r"(?: si (?P<other>" + _NAME + r"))?",
        "couple",
    ),
)
