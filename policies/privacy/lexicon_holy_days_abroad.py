"""Religion cues for a person keeping a holy day, told in French, German, Spanish, Portuguese and Italian:
"observe Yom Kippour", "il fait le ramadan", "hält den Sabbat", "guarda el sabbat", "osserva il Ramadan".

Senses that must stay quiet: a holy day as a date on a calendar or a closing ("le bureau est fermé pour Yom
Kippour", "am Jom Kippur ist die Börse geöffnet"), and "observe" in its sense of watching ("observe le marché")."""

from __future__ import annotations

# holy days by their names in those languages
_HOLY_DAY = (
    r"(?:Yom Kippour|Yom Kippur|Jom Kippur|Kippour|Kippur|ramadan|ramad[ãa]n|ramadã|Ramadan|sabbat|shabbat|"
    r"Schabbat|Sabbat|Shabbath?|car[êe]me|Fastenzeit|cuaresma|quaresima|quaresma|Pessa[hc]h|Pessach|Pesaj|"
    r"Roch Hachana|Rosch ha-?Schana|Rosh Hashan[aá]|a[iï]d(?: el| al)?-?(?:kebir|fitr|adha)|Opferfest|"
    r"Zuckerfest)"
)
# keeping it ("observe", "respecte", "fait", "hält", "guarda", "cumple", "osserva", "fa", "faz"); not
# "celebrates", which a shop or a firm does with an event ("la boutique célèbre l'Aïd")
_KEEPS = (
    r"(?:observe|observent|observait|respecte|respectait|fait|faisait|suit|h[äa]lt|hielt|begeht|guarda|guardaba|"
    r"observa|cumple|osserva|rispetta|fa|faz|cumpre|segue)"
)

HOLY_DAYS_ABROAD = (
    (r"\b" + _KEEPS + r" (?:(?:strictement|streng|strikt|estrictamente|rigorosamente|toujours|immer|siempre|sempre) )?"
     r"(?:le |la |l'|den |das |el |il |o |a )?" + _HOLY_DAY + r"\b", "person"),
)  # fmt: skip
