"""People in romanised Japanese, as chat and notes type it without a Japanese keyboard ("Tanaka-san wa ...",
"okusan no ..."): a surname with its honorific, or a relative by the word for them. :mod:`.persons` knows the
honorifics only in kana and kanji ("田中さん"), and the relatives only in European languages."""

from __future__ import annotations

import re

# "Tanaka-san", "Suzuki-sama", "Kenji-kun", "Yamada-sensei", and job titles used the same way ("Yamada-buchou"
# the department head, "Sasaki-kachou" the section head, "Ono-shachou" the president); "Ko-op" ends otherwise
_HONORIFIC = re.compile(
    r"(?-i:\b[A-Z][a-z]{1,14})-(?:san|sama|kun|chan|sensei|senpai|shi|buchou|buchō|bucho|kachou|kachō|kacho|"
    r"shachou|shachō|shacho|senmu|joumu|tenchou|tenchō)\b",
    re.IGNORECASE,
)
# the writer naming themself ("Tantou no Itou desu ga", "Watakushi wa ..."): the first person of a mail
_SELF = re.compile(r"\b(?:watashi|watakushi|boku)\b|(?-i:\b[A-Z][a-z]{1,14}) desu(?: ga|,)", re.IGNORECASE)
# one's own or another's relatives ("okusan" his wife, "goshujin" her husband, "musuko-san" a son); not "haha",
# "chichi", "ane" and the like, which are laughter or words in other languages
_RELATIVE = re.compile(
    r"\b(?:okusan|okusama|tsuma|goshujin|danna-?san|musuko(?:-san)?|musume(?:-san)?|okaasan|okaa-san|"
    r"otousan|otou-san|obaachan|ojiichan|kodomo-san|akachan)\b",
    re.IGNORECASE,
)


def a_romaji_person(text: str) -> bool:
    """Whether ``text`` names someone the romanised Japanese way."""
    return any(pattern.search(text) is not None for pattern in (_HONORIFIC, _RELATIVE, _SELF))
