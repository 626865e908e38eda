"""Criminal-record cues for an alleged offence told by what was faked, and by the police holding a person's things:
"he's suspected of approving fake supplier invoices", "accused of submitting forged timesheets", "the police have
his laptop", "police seized her phone", "detectives searched his flat". :mod:`.lexicon_allegations` knows the
named deeds ("suspected of embezzling"); a deed about something fake or forged is one too.

Senses that must stay quiet: suspicion of a harmless deed ("suspected of having the flu" is health's, "accused of
being late"), fakes as a product's subject ("detects fake invoices"), the police returning or finding things ("the
police returned his stolen laptop"): so the deed needs a fake thing, and the police a verb of taking."""

from __future__ import annotations

_FAKE = (
    r"(?:fake|faked|false|bogus|forged|fraudulent|fictitious|phantom|sham|doctored|falsified|counterfeit|"
    r"inflated|backdated)"
)
_POLICE = r"(?:police|cops|detectives|investigators|(?:the )?FBI|(?:the )?SFO|fraud squad|prosecutors)"

FAKE_DEEDS = (
    (
        # ("accused of spreading fake news" is a quarrel, not an offence)
        r"\b(?:suspected|accused|suspicion) of (?:\w+ing) (?:\w+ ){0,2}?" + _FAKE + r"\b(?! news\b)",
        "person",
    ),
    (
        r"\b(?:the )?" + _POLICE + r" (?:(?:have|has|had) (?:now |also |already )?(?:seized |taken |confiscated )?|"
        r"seized|took|confiscated|impounded|raided|searched|took away) (?:his|her|my) (?:work )?(?:laptops?|phones?|"
        r"computers?|devices|passport|car|house|home|flat|apartment|office|hard drives?)\b",
        "person",
    ),
)
