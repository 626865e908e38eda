"""Pregnancy said in Italian, Polish and Hinglish the way :mod:`.lexicon_antenatal` did not read it: Italian
with "in" before the noun and a first-person verb ("sono in gravidanza", "è in stato interessante"), Polish
"w ciąży" ("jest w ciąży", "zaszła w ciążę"), and Hinglish with a Hindi verb after the English word ("kya woh
pregnant hain?") or a doctor's order of bed rest ("doctor ne unhe bed rest bola"). Kept apart because the
antenatal and health lexicons are near their size limit.

Senses that must stay quiet: a product or a market ("app per la gravidanza", "aplikacja dla kobiet w ciąży"
names no one by a verb of being), and "bed rest" as a hotel or product word ("bed rest area")."""

from __future__ import annotations

PREGNANCY_ABROAD = (
    (
        r"\b(?:sono|ero|è|e'|era|sei|eri) (?:ancora |già |di nuovo |felicemente )?(?:in gravidanza|in stato "
        r"interessante|incinta)\b|\b(?:jest|jestem|była|byłam|będzie|jesteś) (?:\w+ )?w ciąży\b|"
        r"\bzasz(?:ła|łam|łaś) w ciążę\b|\bw \d+\. tygodniu ciąży\b",
        "person",
    ),
    (
        r"\bpregnant (?:hai|hain|thi|thin|hoon|hun|ho|hogi|hongi)\b|\bdoctor ne (?:unhe|unko|use|usko|inhe|"
        r"mujhe|humein|usse) (?:\w+ )?bed ?rest\b",
        "person",
    ),
)
