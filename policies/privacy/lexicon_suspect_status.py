"""Criminal-record cues for the formal status of a suspect in a criminal inquiry, in the languages whose law
names it: Portuguese "arguido/arguida", Spanish "imputado/investigado", Italian "indagato", French "mis en
examen". Being made a formal suspect is an alleged offence (Art. 10), whichever language the note keeps it in
("Rui has been made an arguido in the fraud probe", "Lucía está imputada").

Senses that must stay quiet: the word mentioned as a word ("what 'arguido' means"), and a firm made a suspect
(a company can be an arguida too; the person gate wants someone)."""

from __future__ import annotations

_STATUS = r"(?:arguid[oa]s?|indagat[oa]|indagati|imputad[oa]s?|investigad[oa]s?|mis(?:e)? en examen)"

SUSPECT_STATUS = (
    (
        # made / named / declared one, or is one
        r"\b(?:made|named|declared|became|become|is now|was|has been|had been|is|é|foi|fue|está|esta|è|è stato|"
        r"è stata|constituíd[oa]|constituid[oa]|declarad[oa]|nombrad[oa]|a été|est|être|iscritt[oa] come)"
        r" (?:an? |um |uma |un |una |formal |formally )?" + _STATUS + r"\b",
        "person",
    ),
)
