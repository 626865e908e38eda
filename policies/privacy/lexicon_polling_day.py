"""Political-opinion cues told by work for one side on polling day or in a referendum: handing out how-to-vote
cards (which every party and side prints for its own), and canvassing or campaigning for a referendum's side
by its campaign's name ("door-knocking for Yes23", "leafleting for the No campaign", "volunteered for Vote
Leave").

Senses that must stay quiet: the cards as a print job or a rule ("we print how-to-vote cards for every party",
"how-to-vote cards must stay outside the six-metre line"), and a yes or a no that is no side ("voted yes on
the budget", "campaign for the new logo")."""

from __future__ import annotations

from policies.privacy.lexicon_political_support import _GROUND_WORK

_SIDE = (
    r"(?:the )?(?-i:(?:Yes|No)(?:\d{2}\b| [Cc]ampaign\b| [Ss]ide\b| [Cc]amp\b| [Cc]ase\b)|Vote Leave|Leave\.EU|"
    r"Yes Scotland|Better Together|Britain Stronger in Europe)"
)

POLLING_DAY = (
    (
        # cards handed out on polling day ("handing out how-to-vote cards for Yes23", "did HTV cards at the school")
        r"\b(?:hand(?:s|ed|ing)?|giv(?:es|ing)|gave|pass(?:es|ed|ing)?|distribut(?:es|ed|ing)|do|did|doing|does) "
        r"(?:out )?(?:the )?(?:\w+ )?(?:how-to-vote|how to vote|(?-i:HTV)) (?:cards?|flyers?|leaflets?)\b"
        # a print job for many sides is a printer's ("did the how-to-vote cards for all five parties")
        r"(?! (?:design|printing|print run|order|artwork|proofs?|templates?)\b| for (?:all|every|each|both|several|"
        r"many|\d+|two|three|four|five|six) )",
        "person",
    ),
    (
        # ground work or a campaign for a referendum's side by its name ("door-knocking for Yes23")
        r"\b(?:" + _GROUND_WORK + r"|campaign(?:s|ed|ing)?|fundrais(?:es|ed|ing)) (?:\w+ ){0,4}?(?:for|with) " + _SIDE,
        "person",
    ),
)
