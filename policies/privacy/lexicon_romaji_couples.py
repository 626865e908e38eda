"""Sexual-orientation cues in romanised Japanese: a partner named by the word for one ("kareshi no Kenji-san"
his boyfriend, "goshujin" her husband, "okusan" his wife), whose owner's gender
:func:`.persons.same_sex_couple` reads from the last given name before it ("Takahashi Hiroshi-san, kareshi no
Kenji-san to ..."). :mod:`.lexicon_romaji_health` and its kin read health, faith and minds only.

Senses that must stay quiet: an owner whose name tells no gender ("Tanaka-san no okusan"), a man with his wife
("Hiroshi-san no okusan"), the writer's own spouse ("tsuma to ryokō"), and "kanojo", which is "she" as often as
"girlfriend", so it is left out."""

from __future__ import annotations

ROMAJI_COUPLES = (
    (
        # the partner word as a subject or owner ("kareshi no Kenji-san", "Keiko-san no okusan ga"); a spouse
        # word only after its owner's name, as alone it is as often the writer's own ("tsuma to ryokō")
        r"(?:\b(?=kareshi)|(?<=-san no )|(?<=-kun no )|(?<=-sama no )|(?<=-chan no ))"
        r"(?P<rel>kareshi|goshujin|tsuma|okusan)(?:-san)? (?:no|to|ga|wa|mo)\b",
        "couple",
    ),
)
