"""Health cues for a named person "in recovery" (from an addiction or an operation): "Ray is in recovery",
"Dana's been in recovery since spring". The pronoun form ("he's in recovery") is in :mod:`.lexicon_health`.

Senses that must stay quiet: a market, a system or a place recovering ("the market is in recovery", "Houston is
in recovery after the storm" names no person), and recovery as a mode or a phase ("Exchange is in recovery
mode")."""

from __future__ import annotations

RECOVERY = (
    (
        r"\b(?-i:[A-Z][a-z]+)(?:'s|’s| is| was|'s been|’s been| has been| had been) (?:now |still |probably |"
        r"apparently |clearly |quietly )?in recovery\b(?! (?:mode|phase|plan|period|stage|process|site|room|zone|"
        r"efforts?|programm?e|console|partition|point|key|time)s?\b)"
        # a place or an economy recovering from a blow ("Houston is in recovery after the storm")
        r"(?! (?:after|from|following) (?:the |a |an |last \w+'s )?(?:\w+ )?(?:storm|hurricane|floods?|earthquake|"
        r"quake|fires?|crash|recession|downturn|slump|outage|crisis|attack|war|strike|shutdown)s?\b)",
        "person",
    ),
)
