"""Religion cues for a person who goes to, or belongs to, a house of worship named by its faith: "attends the
Baptist church", "goes to a Lutheran church on Sundays", "belongs to the Greek Orthodox parish", "sings in the choir
at St Mark's Coptic church". The faith in front is what makes it theirs; a bare "the church" is any building.

Senses that must stay quiet: the same house as a firm's landlord, owner or customer ("rents its depot from a
Catholic church", "sold the pews to the Baptist church"), and a job done there ("goes to the Anglican church to
fit the boiler", "attends the Methodist church board meeting"). :mod:`.lexicon_religion`'s adherent cue ("a
Catholic") leaves "a Catholic church" to this module: with no going or belonging, it names an organisation."""

from __future__ import annotations

from policies.privacy.lexicon_religion import _FAITH, _NOT_A_JOB_THERE

_GOING = (
    r"(?:attends?|attending|attended|goes to|go to|going to|been going to|belongs? to|belonged to|belonging to|"
    r"(?:a |an active |a long-standing |a lifelong )?members? of|worships? (?:at|in|with)|regular at|joined|"
    r"(?:sings?|sang|singing) in the choir (?:at|of))"
)
_HOUSE = r"(?:church|chapel|cathedral|temple|congregation|parish|(?-i:[Mm]eeting [Hh]ouse))"
# which house: an article, whose, or its saint ("St Mark's Coptic church"), then the branch of the faith
_WHICH = (
    r"(?:the |a |an |his |her |my |their |(?-i:St\.? [A-Z][a-z]+)(?:'s|’s)? )?(?:local |nearby |little |big |same )?"
    r"(?:(?-i:Roman|Greek|Russian|Serbian|Southern|Free|Reformed|Independent) )?"
)

CHURCHGOING = ((r"\b" + _GOING + r" " + _WHICH + _FAITH + r" " + _HOUSE + r"\b" + _NOT_A_JOB_THERE, "person"),)
