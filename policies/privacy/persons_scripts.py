"""People named in Greek or Cyrillic letters, behind a Czech or Slovak form of address, or by a full name before
a Scandinavian verb: "ο κ. Αντωνίου", "η κα Παπαδοπούλου", "Игорь Соколов", "Анна Петровна", "pan Novák",
"paní Dvořáková", "Kari Nilsen er". :mod:`.persons` reads names in Latin letters and the English verbs after
them, so a note in Greek or Russian, or a Czech "pan", had nobody in it.

What must not count: a Greek or Russian word that opens a sentence alone ("Πρακτικά συνάντησης"), and a firm
or a place named in two words before a verb ("Plexzap Norge er") unless the second looks like a surname."""

from __future__ import annotations

import re

# Greek forms of address, abbreviated or not ("ο κ. Αντωνίου", "η κα Παπαδοπούλου", "κυρία Νικολάου")
_GREEK_TITLE = re.compile(r"(?<!\w)(?:κ\.|κα|κος|κυρία|κυρίας|κύριος|κυρίου|κύριο|δρ\.|Δρ\.) (?-i:[Α-ΩΆ-Ώ])")
# a given name and a surname in Greek or Cyrillic letters ("Γιώργος Παππάς", "Виктора Орлова")
_SCRIPT_NAME = re.compile(r"(?-i:\b[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+ [Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+|\b[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+)\b")
# Russian forms of address and a patronymic ("г-н Иванов", "Анна Петровна", "Сергеевич")
_RUSSIAN_TITLE = re.compile(
    r"\b(?:г-н|г-жа|господин|госпожа|господина|госпожи)\s+(?-i:[А-ЯЁ])|(?-i:\b[А-ЯЁ][а-яё]+(?:ович|евич|овна|евна|"
    r"ична|инична)[а-я]{0,2})\b"
)
# Czech, Slovak and Polish forms of address, in every case ("pan Novák", "s paní Dvořákovou", "panu Králi")
_SLAVIC_TITLE = re.compile(
    r"\b(?:pan|pana|panu|panem|paní|pani|panią|panie|slečna|slečny|slečnou|inž\.|ing\.|Ing\.|Mgr\.|JUDr\.|MUDr\.) "
    # (not the English prefix: "Pan Am", "a Pan European rollout")
    r"(?!(?-i:Am|American|European|Asian|Pacific|African|Arab|Atlantic|Canadian|Nordic)\b)(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽŁŚŻŹ][a-záčďéěíňóřšťúůýžąćęłńóśźż]+)",
    re.IGNORECASE,
)
# a full name before a Norwegian, Danish or Swedish verb, the surname by its common endings ("Kari Nilsen er",
# "Lars Öberg är", "Mette Holm har")
_NORDIC_FULL_NAME = re.compile(
    r"(?-i:\b[A-ZÆØÅÄÖ][a-zæøåäöé]+ [A-ZÆØÅÄÖ][a-zæøåäöé]*(?:sen|son|ssen|sson|berg|strand|lund|dal|vik|stad|heim|"
    r"holm|gaard|gård|rud|bakken|ström|qvist|kvist|man|ness|haug|li|by)) (?:er|är|var|ble|blev|blir|bliver|har|"
    r"sitter|sidder|skal|ska|vil|vill|går|gikk|gik)\b"
)


def a_script_person(text: str) -> bool:
    """Whether ``text`` names someone in Greek or Cyrillic letters, with a Slavic form of address, or by a full
    Scandinavian name before its verb."""
    return any(
        pattern.search(text) is not None
        for pattern in (_GREEK_TITLE, _SCRIPT_NAME, _RUSSIAN_TITLE, _SLAVIC_TITLE, _NORDIC_FULL_NAME)
    )
