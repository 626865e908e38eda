"""Contacts as a foreign or forwarded mail names them:

- a title set before the name with a foreign "our": "Notre DAF, Benoît Lemaire", "Nuestro director financiero,
  Andrés Quiroga", "unserem Datenschutzbeauftragten, Herrn Uwe Schäfer" read as "our DAF, Benoît Lemaire" (the
  English apposition the contact reader knows);
- one person named twice, once inflected or cut short: "Tomasza Nowaka" (Polish genitive) beside Tomasz Nowak,
  "Deniz Kaya'ya" (a Turkish case ending) beside Deniz Kaya, "Mei Lin" beside Mei Lin Goh;
- a question's modal verb read into a name: "Can Lucy send the API documentation?" asks Lucy (ours, by her address);
- a signature's title run on into its firm: "Responsable de Compras · Sunnamplex" is "Responsable de Compras"."""

from __future__ import annotations

import re

from memory.extract.sides import OUR_EMAIL_DOMAINS

# a foreign "our" opening a title that a comma and a capitalised name follow
_OUR_TITLE = re.compile(
    r"\b(?i:notre|nos|nuestr[oa]s?|noss[oa]s?|il nostro|la nostra|onze|ons|unser(?:em|en|er|e|es)?)[ \t]+"
    r"(?=[^,.;:\n]{2,45},[ \t]+(?:(?:Herrn?|Frau|Sr\.?|Sra\.?|M\.|Mme|Dr\.?)[ \t]+)?[A-ZÀ-Þ][\w'-]+[ \t]+[A-ZÀ-Þ])"
)
_NEEDLES = ("notre", "nos ", "nuestr", "noss", "nostr", "onze", "ons ", "unser")
# a Turkish case ending after an apostrophe: "Deniz Kaya'ya", "Emre'nin"; not the English "'s"
_CASE_ENDING = re.compile(r"['’](?!(?:s|d|t|ll|re|ve)$)[a-zçğıöşü]{1,4}$")  # not an English "'d", "'ll"
# where a signature line's title runs on into its firm: "Buyer · Sunnamplex", "Buyer | Acme"
_FIRM_AFTER = re.compile(r"[ \t]+[·|•][ \t]+\S.*$")


def our_titles(text: str) -> str:
    """``text`` with a foreign "our" before an appositive title said as "our"."""
    low = text.lower()
    if not any(n in low for n in _NEEDLES):
        return text
    return _OUR_TITLE.sub("our ", text)


# a word a name's run may swallow at its end from the sentence after it: "Mike Peterson  As always, ..."
_TAIL_WORDS = frozenset("as and or of to for in on at by if so the".split())


def _inflected(name: str, base: str) -> bool:
    """Whether ``name`` is ``base`` with case endings ("Tomasza Nowaka" of "Tomasz Nowak") or cut short at the end
    ("Mei Lin" of "Mei Lin Goh")."""
    words, base_words = name.lower().split(), base.lower().split()
    if words == base_words:
        return False
    if len(words) < len(base_words) and len(words) >= 2 and base_words[: len(words)] == words:
        return base_words[-1] not in _TAIL_WORDS  # not "Mike Peterson As" (a run into "As always, ...")
    return len(words) == len(base_words) and all(
        w.startswith(b) and len(w) - len(b) <= 3 for w, b in zip(words, base_words, strict=True)
    )


def same_people(contacts: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """``contacts`` with each person once: case endings cut, an inflected or shortened repeat merged into the name
    said in full, and a title's trailing firm left out."""
    out: list[dict[str, str | None]] = []
    for c in contacts:
        name = _CASE_ENDING.sub("", c["name"] or "")
        role = _FIRM_AFTER.sub("", c["role"]) if c["role"] else c["role"]
        out.append({**c, "name": name, "role": role})
    kept: list[dict[str, str | None]] = []
    for c in out:
        base = next((o for o in out if o is not c and _inflected(c["name"] or "", o["name"] or "")), None)
        if base is not None:
            if base["role"] is None and c["role"] is not None:
                base["role"] = c["role"]
            continue
        if any((k["name"] or "").lower() == (c["name"] or "").lower() for k in kept):
            continue
        kept.append(c)
    return kept


_MODALS = frozenset(("can", "could", "would", "will", "should"))


def asked_names(text: str, contacts: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """``contacts`` with a question's opening modal taken off a name ("Can Lucy" is Lucy); the one asked is left
    out when an address on our domains shows the given name is ours."""
    out = []
    for c in contacts:
        words = (c["name"] or "").split()
        if len(words) != 2 or words[0].lower() not in _MODALS:
            out.append(c)
            continue
        asked = re.search(r"(?<![\w])" + re.escape(c["name"] or "") + r" [a-z][^?\n]{0,120}\?", text)
        if asked is None:
            out.append(c)
            continue
        given = words[1]
        ours = re.finditer(r"\b" + re.escape(given) + r"\b[^\n<@]{0,40}<[^>\n@]*@([\w.-]+)>", text)
        if not any(m.group(1).lower().rstrip(".") in OUR_EMAIL_DOMAINS for m in ours):
            out.append({**c, "name": given})
    return out
