"""Cues for a political opinion told as a verdict on a party's voters (GDPR Art. 9): "he spent ten minutes
explaining that anyone who votes Reform should lose the right to vote", "she reckons Labour voters are all
idiots". Scorn or praise for a party's voters is a side taken, whoever holds it.

A one-word party name that is also a noun ("Reform") counts only with its capital, right after a vote.
Senses that must stay quiet: a vote with no party ("anyone who votes in the board election should register"),
a reform voted through ("the pension reform voters approved"), and a poll's figure with no verdict ("Reform
voters are older on average")."""

from __future__ import annotations

from policies.privacy.lexicon_parties import PARTY, POLITICIAN

_PARTY = r"(?:" + PARTY + r"|" + POLITICIAN + r"|(?-i:Reform|Greens|Labour|Vox))"
# who holds the verdict: someone who says, thinks or explains it
_HOLDS = (
    r"(?:thinks?|thought|believes?|reckons?|reckoned|says?|said|saying|told (?:us|me|everyone|the room)|insists?|"
    r"insisted|swears|swore|keeps (?:saying|telling \w+)|kept (?:saying|telling \w+)|explain(?:s|ed|ing)|"
    r"argu(?:es|ed|ing)|rant(?:s|ed|ing)|(?:is|was|'s) convinced)(?: (?:that|how))?"
)
# the voters, by a vote for the party or by the party's name before them
_VOTERS = (
    r"(?:anyone|anybody|everyone|everybody|people|those|whoever|all those|folks) (?:who |that )?"
    r"(?:votes?|voted|vote for|votes for|voted for|backs?|backed|supports?|supported) (?:the )?" + _PARTY + r"|"
    r"(?:the |all )?" + _PARTY + r" (?:voters|supporters|people)"
)
# the verdict: what they should lose or deserve, or what they are called
_VERDICT = (
    r"(?:should(?:n't| not)? |ought to |must |need to |deserve |deserves )|(?:are|were) (?:all |just |basically |"
    r"complete |total )?(?:idiots|morons|stupid|fools|racists|traitors|clowns|sheep|brainwashed|scum|heroes|"
    r"the only sane ones|(?:\w+ )?(?:nutters|lunatics|fascists|commies))\b"
)

VOTER_VERDICTS = (
    (
        r"\b" + _HOLDS + r" (?:\w+ ){0,2}?(?:" + _VOTERS + r")\b[^.!?\n]{0,20}?(?:" + _VERDICT + r")",
        "person",
    ),
)
