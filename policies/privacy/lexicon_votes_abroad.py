"""Political-opinion cues for a vote cast or a party joined, told in Spanish, Portuguese or Dutch: "vota al PP",
"votó a Vox", "sempre votou no PT", "stemt op de PVV", "está afiliada al PSOE", "is lid van de VVD", "es votante
del PP". (Polish votes and memberships are :mod:`.lexicon_party_poland`'s, the English ones
:mod:`.lexicon_political`'s.)

A party's short acronym ("PP", "PT", "PS") is no name alone, but after a verb of voting or joining it is one.

Senses that must stay quiet: a vote that is no party's ("vota a favor del presupuesto", "votou na proposta",
"stemt in met het voorstel"), and a party's own news ("el PP votó en contra", "de PVV stemde tegen"): so the
party must follow the vote as its object, and a person must cast it."""

from __future__ import annotations

from policies.privacy.lexicon_parties import PARTY, POLITICIAN

# the short acronyms of Spanish, Portuguese, Brazilian and Dutch parties, which the name tables leave out
_SHORT = r"(?:PP|PT|PL|PS|BE|IU|ERC|PNV|CUP|MDB|PSD|PDT|PSB|PCP|SP|CDA|CU|BBB|PSOL|NSC|PvdD|Novo|Republicanos)"
_NAMED = r"(?=(?-i:[A-Z]))(?-i:" + _SHORT + r"\b|" + PARTY + r"|" + POLITICIAN + r")"

_SPANISH = (
    r"\b(?:vota|votaba|votó|ha votado|votará|vot[ée]|suele votar|siempre vota) (?:siempre |a |al |a la |a los |por "
    r"(?:el |la )?)?" + _NAMED + r"|\b(?:afiliad[oa]|militante|votante) (?:al|a la|a|del|de la|de) " + _NAMED
)
_PORTUGUESE = (
    r"\b(?:vota|votava|votou|vai votar|sempre votou|sempre vota) (?:sempre )?(?:no|na|em|nos|nas) "
    + _NAMED
    + r"|\b(?:filiad[oa]|militante|eleitor[a]?) (?:ao|à|do|da|no|na) "
    + _NAMED
)
_DUTCH = (
    r"\b(?:stemt|stemde|stem|stemmen) (?:altijd |al jaren |nog steeds |gewoon |trouw )?op (?:de |het )?"
    + _NAMED
    + r"|\b(?:is|was|ben|werd|wordt) (?:al jaren |sinds kort )?(?:lid|kaderlid|actief lid) van (?:de |het )?"
    + _NAMED
)

VOTES_ABROAD = ((_SPANISH, "person"), (_PORTUGUESE, "person"), (_DUTCH, "person"))
