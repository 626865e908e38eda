"""German mails pasted into a note, read for their people:

- a forwarded message's separator, in any language, is no name: "---------- Weitergeleitete Nachricht ----------",
  "----- Mensaje reenviado -----";
- German capitalises every noun, so an article opening a sentence before one is no first name: "Der Gesamtbetrag
  laut Angebot", "Das Angebot von NorthPeak" (the article is lower-cased, same length, for the name reader);
- a colleague placed in a department by "aus dem"/"aus der": "Herr Bauer aus dem Controlling ist in Kopie" gives
  Jörg Bauer the role "Controlling", as written.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"^([ \t>]*-{3,}[ \t]*)([^\n-][^\n]{1,60}?)([ \t]*-{3,}[ \t]*)$", re.MULTILINE)
_GERMAN = re.compile(
    r"\b(?:und|nicht|wir|ist|mit freundlichen|sehr geehrte[rn]?|vielen dank|bitte|unser(?:e|en)?|freigegeben)\b",
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    r"(?<![\w-])(Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Unser|Unsere|Unseren|Ihr|Ihre|Ihren)"
    r"(?= [A-ZÄÖÜ][a-zäöüß]+)"
)
_DEPARTMENT = re.compile(
    r"\b(?:Herr|Frau|Hr\.|Fr\.)?\s*([A-ZÄÖÜ][\wäöüß'-]+) aus (?:dem|der|unserem|unserer) ([A-ZÄÖÜ][\wäöüß&-]+)"
)


def for_names(text: str) -> str:
    """``text`` with separators' words and German articles before nouns lower-cased (offsets unchanged)."""
    if "---" in text:
        text = _SEPARATOR.sub(lambda m: m.group(1) + m.group(2).lower() + m.group(3), text)
    if len(_GERMAN.findall(text)) >= 2:
        text = _ARTICLE.sub(lambda m: m.group(1).lower(), text)
    return text


def german_departments(text: str, contacts: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """``contacts`` with a role-less person's department from "Herr Bauer aus dem Controlling"."""
    if " aus de" not in text and " aus unsere" not in text:
        return contacts
    for m in _DEPARTMENT.finditer(text):
        for person in contacts:
            name = person["name"] or ""
            if person["role"] is None and name.split()[-1:] == [m.group(1)]:
                person["role"] = m.group(2)
    return contacts
