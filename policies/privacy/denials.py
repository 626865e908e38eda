"""Health cues that say nothing about anyone's health: an illness denied ("no, Derek isn't off sick, he's on PTO",
"she wasn't ill, her flight was cancelled", and the same in the languages a rep's notes mix in: "Tomasz nie jest
chory", "Javier no está enfermo") and a cancer as a figure for what eats at a business ("it's a cancer
on our margins", "that discounting habit is a cancer in the team").

What stays a person's: a denial that something else is wrong ("he isn't off sick any more, he's back from chemo"
keeps "chemo"; only the denied cue is dropped), an illness no longer there but had ("no longer off sick" said of
a return is still a past illness, so only "isn't"/"wasn't"/"not" right before count), and a cancer in a body
("found a cancer in her breast", "a cancer of the bowel")."""

from __future__ import annotations

import re

# the denial right before the cue, in its clause ("isn't off sick", "was not actually ill", "Derek's not sick")
_DENIED = re.compile(
    r"\b(?:isn'?t|is not|wasn'?t|was not|aren'?t|weren'?t|'s not|s not|not|never|hasn'?t been|has not been)"
    r"(?: (?:actually|really|even|off|out|at all|home))? $",
    re.IGNORECASE,
)
# being off or unwell, which a denial undoes; a condition named ("not diabetic") is not within reach
_OFF_OR_UNWELL = re.compile(
    r"^(?:(?:off|out|home|signed off|called in|phoned in) sick|on sick leave|(?:is|was|been|feeling|felt) "
    r"(?:really |quite |very |a bit )?(?:ill|sick|unwell|poorly)|(?:ill|sick|unwell|poorly)|under the weather)$",
    re.IGNORECASE,
)
# the same denial in Polish, Spanish, Portuguese, Italian, French and German, whose "not" stands right before the verb
# of being; "już nie" / "ya no" / "já não" (no longer) still tell of an illness had, so they keep it
_DENIED_ABROAD = re.compile(
    r"(?<!\bjuż )(?<!\bjuz )(?<!\bya )(?<!\bjá )(?<!\bja )\b(?:nie|no|não|nao|non|nunca|nigdy nie|n['’])\s*$",
    re.IGNORECASE,
)
# being ill or in hospital as those languages say it (the cues of :mod:`.lexicon_polish_health` and
# :mod:`.lexicon_illness_abroad`); a condition named ("ma cukrzycę") is not within reach
_UNWELL_ABROAD = re.compile(
    r"^(?:(?:jest|był|była|będzie) (?:\w+ )?(?:chory|chora)|(?:jest|leży|był|była|przebywa) (?:\w+ )?w szpitalu|"
    r"(?:estoy|está|estaba|estou|estava|sono|è|era|je suis|il est|elle est|ich bin|er ist|sie ist|bin) (?:\w+ )?"
    r"(?:enferm[oa]|doente|malat[oa]|malade|krank)|(?:estoy|está|estaba|estuvo) de baja)$",
    re.IGNORECASE,
)
# a cancer as what eats at a business: an article before it ("a cancer", "like a cancer") ...
_CANCER_BEFORE = re.compile(r"\b(?:a|like a|a real|a total|a slow|a creeping)\s+$", re.IGNORECASE)
# ... and a business's thing after it, not a body's ("a cancer in her lungs")
_CANCER_AFTER = re.compile(
    r"\s+(?:on|in|for|to|eating|at the heart of) (?!(?:his|her|my|their|your) (?:\w+ )?(?:breast|lungs?|liver|bowel|"
    r"colon|skin|prostate|brain|bones?|blood|body|kidneys?|stomach|throat|pancreas)\b)(?:our|the|this|that|their|"
    r"your|his|her|my|any)\b",
    re.IGNORECASE,
)


def denied(text: str, sentence_start: int, cue_start: int, cue: str) -> bool:
    """Whether the health ``cue`` at ``cue_start`` is being off or unwell, denied right before it."""
    before = text[max(sentence_start, cue_start - 40) : cue_start]
    if _UNWELL_ABROAD.match(cue) is not None:
        return _DENIED_ABROAD.search(before) is not None
    if _OFF_OR_UNWELL.match(cue) is None:
        return False
    return _DENIED.search(before) is not None


def a_cancer_figure(text: str, sentence_start: int, cue_start: int, cue: str) -> bool:
    """Whether the health ``cue`` at ``cue_start`` is "cancer" as a figure for what eats at a business."""
    if cue.lower() != "cancer":
        return False
    before = text[max(sentence_start, cue_start - 20) : cue_start]
    return _CANCER_BEFORE.search(before) is not None and _CANCER_AFTER.match(text, cue_start + len(cue)) is not None
