"""Religion cues told by the rites of a life: mourning kept the way a faith keeps it, and the rites of birth,
coming of age and marriage that only one faith has (the festivals and pilgrimages are in
:mod:`.lexicon_religion`).

A funeral, a wake or a wedding on its own tells no faith; the numbered memorials (the fortieth day of
Islam and Orthodoxy, the forty-ninth of Buddhism, the thirteenth of Hindu mourning), the named rites and a
church sacrament do. Business senses that must stay quiet: "the last rites of the dot-com era", "a baptism
of fire", "confirmation of the order"."""

from __future__ import annotations

# mourning by name: Jewish, Muslim, Hindu, Sikh, Orthodox and Catholic
_MOURNING_RITE = (
    r"(?:shloshim|sheloshim|kriah|iddah|iddat|chehlum|chaliswan|terahvi|tehrvi|terahvin|tervi|antyesti|"
    r"(?:salat al-|salat-ul-|namaz-e-|namaz-i-)?janaz(?:ah|a)(?: prayers?)?|shraddh(?:a|am)?|shraadh|pind daan|"
    r"uthala|rasam pagri|bhog ceremony|kaddish|"
    r"asthi visarjan|antim ardas|sahaj paath|akhand paath|panikhida|panakhida|parastas|requiem mass|"
    r"(?:funeral|memorial|anniversary) mass|(?:Buddhist|Hindu|Sikh|Muslim|Islamic|Jewish|Orthodox|Catholic|"
    r"Shinto) (?:funeral|memorial|cremation|burial|mourning|wake|last rites)(?: service| rites| prayers)?)"
)
# the numbered days of mourning ("the 40th-day prayers for his uncle", "a 49th-day memorial"); "Seventh-day
# Adventist" and "one-year memorial" of a disaster stay out
_NUMBERED_MEMORIAL = (
    r"(?:40(?:th)?|fortieth|forty|49(?:th)?|forty-ninth|forty-nine|100th|hundredth|13(?:th)?|thirteenth|thirteen)"
    r"[- ]day (?:memorial|prayers?|mass|rites?|mourning|remembrance|observance)"
)
# rites of birth, childhood and marriage that belong to one faith
_LIFE_RITE = (
    r"(?-i:Anand Karaj)|walima|mundan|annaprashan|namkaran|chrismation|upanayanam|janeu ceremony|"
    r"(?:first|1st) (?:confession|Eucharist)|(?:bar|bat|b'nai) mitzvah|simchat bat|pidyon haben"
)
# a person's own church sacrament at a church ("her confirmation at St Anne's on Sunday")
_OWNER = (
    r"(?:his|her|my|their|(?-i:[A-Z][a-z]+)'s|(?:son|daughter|grandson|granddaughter|nephew|niece|godson|"
    r"goddaughter|baby|kid|child)'s)"
)

RITES = (
    (
        r"\b(?:" + _MOURNING_RITE + r"|" + _NUMBERED_MEMORIAL + r"|" + _LIFE_RITE + r")\b",
        "person",
    ),
    (
        r"\b" + _OWNER + r" (?:confirmation|christening|baptism|ordination|profession of vows) (?:at|in) "
        r"(?:(?-i:St\.? [A-Z])|(?:the |a )?(?:church|cathedral|parish|chapel|abbey|kirk))|\b(?:received|receive|"
        r"receiving|given|gave|giving|administered|read) (?:him |her |them )?(?:the )?last rites\b|\b(?:scatter|"
        r"scattered|scattering|immerse|immersed|immersing|immersion of) (?:[\w'’]+ ){0,3}?ashes (?:in|into|at) "
        r"(?:the )?(?-i:Ganges|Ganga|Yamuna|Godavari|Triveni Sangam|Sangam|Haridwar|Varanasi)\b",
        "person",
    ),
)
