"""Religion cues for a devotion told by its hour or its feat rather than its faith's name: Mass at a set time or
on weekdays ("goes to 7 o'clock Mass", "gets to early Mass most mornings", "attends daily Mass"), and the Quran
learnt by heart ("finished his hifz", "memorised the whole Quran", "she's a hafiza").

Senses that must stay quiet: "Mass" as Massachusetts or a quantity ("goes to Western Mass", "goes to mass
production at 7"; the rite keeps its capital), a parish's timetable with no one going ("7 o'clock Mass is
livestreamed"), and the text or a memory aid as a product ("the Quran app", "a hifz tracker for schools")."""

from __future__ import annotations

# when the Mass is: a clock time, a part of the day, or how often
_WHEN = (
    r"(?:\d{1,2}(?:[:.]\d{2})?(?: ?o['’]clock| ?(?:am|pm|a\.m\.|p\.m\.))?|early|early-morning|morning|evening|"
    r"daily|weekday|lunchtime|vigil|midnight|(?-i:Sunday|Saturday)(?: evening| morning)?)"
)
_GOING = (
    r"(?:goes|go|going|gone|went|gets|get|getting|got|heads|head|heading|headed|attends?|attending|attended|"
    r"never misses|rarely misses|hears|serves|serving|served)"
)

DEVOTIONS = (
    (r"\b" + _GOING + r" (?:to )?(?:the |an? )?" + _WHEN + r" (?-i:Mass)\b(?! (?-i:[A-Z]))", "person"),
    (
        # the Quran by heart: a hifz finished or under way, the text memorised, the title it earns
        r"\b(?:his|her|my|their|finish(?:ed|es|ing)?|complet(?:ed|es|ing|e)|doing|did|start(?:ed|ing|s)?) "
        r"(?:(?:his|her|my|their) )?hifz\b(?! (?:app|apps|tracker|software|platform|programme|program|market)\b)|"
        r"\b(?:memori[sz](?:ed|es|ing|e)|learn(?:ed|t|s|ing)|know(?:s)?) (?:the )?(?:whole |entire |complete |all of "
        r"the )?(?-i:Quran|Qur['’]an|Koran)(?: by heart)?\b(?! (?:app|dataset|corpus|audio|translations?)\b)|"
        r"\b(?:is|became|become|'s|’s|now) an? (?:hafiz|hafiza|hafidh|hafidha|hafizah)\b",
        "person",
    ),
)
