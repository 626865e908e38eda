"""A fault of ours counted by its ordinal, read as a failure (tone_failure.FAILURE only counts times and problems):
"third reboot this week", "the second crash since the update", and the repeat said in the customer's language
("terza volta", "tercera vez", "derde keer", "zum dritten Mal").
"""

from __future__ import annotations

import re

COUNTED_FAULT = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:unplanned |random |straight )?(?:reboot|restart"
    r"|crash|freeze|shutdown|shut-down|dropout|drop-out|disconnect(?:ion)?|power cycle|outage|breakdown|jam|blackout"
    r"|no-show)s?\b(?! (?:of|to) (?:the|our|this) (?:plan|project|programme|program|roadmap|strategy|search)\b)"
    r"|\b(?:seconda|terza|quarta|quinta) volta\b|\b(?:segunda|tercera|terceira|cuarta|quarta) vez\b"
    r"|\b(?:deuxième|troisième|quatrième) fois\b|\b(?:tweede|derde|vierde) keer\b"
    r"|\bzum (?:zweiten|dritten|vierten) mal\b",
    re.IGNORECASE,
)
