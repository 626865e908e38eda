"""Health cues for time off told with how long or since when before the illness ("off for a bit with burnout",
"out since Monday with flu", "signed off for two weeks with stress"), and for a procedure a person keeps having
or is away for ("doing yearly colonoscopies", "out Thursday for an endoscopy"). :mod:`.lexicon_health` takes
"off with flu" and "in for a colonoscopy", with at most two words between.

Senses that must stay quiet: a system or an office that is off or out ("the server was out for a week with a
virus" has no person; the gate asks for one), a procedure a clinic or a doctor offers ("the clinic does yearly
colonoscopies"), and a procedure's machines and rooms ("out Friday for an MRI suite install")."""

from __future__ import annotations

from policies.privacy.lexicon_health import _PROCEDURE, ILLNESS

# how long, or since when, someone has been off
_SPELL = (
    r"(?:for (?:a bit|a little bit|a while|a little while|ages|some time|a few (?:days|weeks|months)|"
    r"a (?:couple|number) of (?:days|weeks|months)|"
    r"(?:a|one|two|three|four|five|six|several|\d+) (?:days?|weeks?|months?))|"
    r"since (?:\w+|last \w+|the \w+)|all (?:week|month)|most of (?:the|this|last) (?:week|month)|on and off)"
)
# how often, or whose: a doctor "does colonoscopies", a patient does "yearly" ones
_OFTEN = (
    r"(?:yearly|annual|regular|routine|monthly|quarterly|six-monthly|twice-yearly|biannual|weekly|fortnightly|"
    r"follow-up|his|her|their|my)"
)
_WHEN = (
    r"(?:(?:on )?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?s?|today|tomorrow|(?:this|next) (?:week|"
    r"morning|afternoon)|(?:on )?the \d+(?:st|nd|rd|th)|all day|half a day|for the day|for a day)"
)
_NOT_THE_MACHINE = (
    r"(?! (?:machines?|scanners?|suites?|install\w*|upgrades?|demos?|units?|rooms?|vendors?|contracts?|quotes?|"
    r"tenders?|bids?|pitch(?:es)?|trials?|stud(?:y|ies)|equipment|software|services?|market)\b)"
)

SPELLS_OFF = (
    (
        r"\b(?:off|out|signed off|off work|off sick|home|laid up) " + _SPELL + r" with " + ILLNESS + r"\b",
        "person",
    ),
    (
        r"\b(?:doing|does|do|did|done) (?:" + _OFTEN + r" )+" + _PROCEDURE + r"\b" + _NOT_THE_MACHINE + r"|"
        r"\b(?:out|off|away|offline) " + _WHEN + r" for (?:a|an|his|her|their|my|another|the) (?:quick |"
        r"routine |follow-up |yearly |annual |minor )?" + _PROCEDURE + r"\b" + _NOT_THE_MACHINE,
        "person",
    ),
)
