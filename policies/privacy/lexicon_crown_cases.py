"""Criminal-record cues for a prosecution cited by its English case name, with what it is for or where it
stands: "R v Halvorsen, dangerous driving, listed 9 Dec", "saw R v Okafor (theft) on the court list", "R v
Brennan is up for sentencing Friday". A Crown prosecution of a named person is an alleged offence (Art. 10).

Senses that must stay quiet: a judicial review against a minister or a public body ("R v Secretary of State",
"R (Miller) v The Prime Minister"), and a precedent cited with its year, a point of law ("as in R v Brown
[1994]")."""

from __future__ import annotations

from policies.privacy.lexicon_criminal import _CRIME

# the defendant: a surname, not an office or a body ("Secretary", "Home Office", "Council")
_DEFENDANT = (
    r"(?-i:(?!(?:Secretary|Minister|Prime|Home|Council|Commissioner|Chief|Director|Governor|Mayor|The|Her|His|"
    r"Department|Board|Crown|Attorney|Lord|Director|Parole|Police)\b)[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)"
)
# where a case stands in the courts ("listed 9 Dec", "up for sentencing", "trial next week")
_STANDING = (
    r"(?:listed|is listed|up for (?:sentencing|trial|a plea hearing)|(?:plea|sentencing|trial|bail|committal|"
    r"first) hearing|trial (?:starts|begins|set|date|next)|sentencing (?:on|next|due|hearing)|adjourned|"
    r"remanded|pleaded|pleads)"
)

CROWN_CASES = (
    (
        r"\b(?-i:R\.? v\.? )"
        + _DEFENDANT
        + r"(?! \[| \(\d{4}\))[,:]? (?:\(|- |— |– )?(?:"
        + _CRIME
        + r"|"
        + _STANDING
        + r")\b",
        "person",
    ),
)
