"""Health cues for a mind's illness and a doctor's sick note told in the languages a rep's notes mix in: Spanish
"lleva semanas con ataques de ansiedad", "el médico le ha dado la baja", Portuguese "sofre de crises de
ansiedade", Italian "soffre di attacchi di panico", French "fait des crises d'angoisse", German "leidet unter
Panikattacken", and sleeplessness ("sofre de insônia", "não dorme direito há meses", "od miesięcy nie śpi").
(Illnesses caught and being off sick are in :mod:`.lexicon_illness_abroad`.)

Senses that must stay quiet: the words as an economy's or a market's ("la depresión económica", "l'ansia dei
mercati", "the anxiety app market"), and "dar de baja" as cancelling ("le han dado de baja la cuenta"): so an
illness needs a verb that gives it to someone, and sick leave the doctor's "la baja" without "de"."""

from __future__ import annotations

# a mind's illness by its everyday names ("ataques de pánico", "crises de ansiedade", "Panikattacken")
_MIND = (
    r"(?:(?:ataques?|crisis|crises|attacchi|attacco|crises?) (?:de |di |d['’])?(?:ansiedad|ansiedade|ansia|"
    r"p[áa]nico|p[âa]nico|panico|angoisse|panique)|ansiedad|ansiedade|ansia|angoisse|anxi[ée]t[ée]|depresi[óo]n|"
    r"depress[ãa]o|depressione|d[ée]pression|Depressionen?|Angstst[öo]rung(?:en)?|Panikattacken|Angstzust[äa]nde|"
    r"paniekaanvallen|depressie|angststoornis|burn-?out|esgotamento|agotamiento|esaurimento|"
    # sleeplessness as a condition ("sofre de insônia", "tiene insomnio", "leidet unter Schlafstörungen")
    r"ins[ôo]nia|insomnio|insonnia|insomnie|Schlafst[öo]rungen|Schlaflosigkeit|slapeloosheid)"
)
# the verbs that give it to someone ("lleva semanas con", "sofre de", "leidet unter", "ha avuto")
_HAS = (
    r"(?:lleva (?:\w+ ){0,2}con|llevo (?:\w+ ){0,2}con|tiene|tuvo|ha tenido|sufre(?: de)?|padece|est[áa] con|anda "
    r"con|tem|teve|sofre(?: de| com)?|anda com|est[áa] com|ha avuto|soffre(?: di| d['’])|[èe] in|souffre d['’]?|"
    r"fait des|a fait (?:une|des)|hat|hatte|leidet (?:an|unter)|litt (?:an|unter)|heeft|had|lijdt aan|kampt met)"
)
# not the economy's or the market's ("una depresión económica", "l'ansia dei mercati")
_NOT_AN_ECONOMYS = r"(?! (?:econ[óo]mica|economica|économique|dei mercati|de los mercados|der M[äa]rkte|market)\b)"
# a doctor's sick note given to someone ("el médico le ha dado la baja", "o médico deu-lhe baixa")
_SICK_NOTE = (
    r"\ble (?:ha |han |había |habían )?(?:dado|dio|dieron|da|dan|firmado|firmó) la baja(?: médica)?\b"
    r"(?! (?:a|al|del|de la|de los) )|\b(?:deu|deram|passou)-lhe (?:uma )?baixa\b|\bde baixa médica\b"
)

# whoever has it is nobody in particular ("o app ajuda quem tem insônia", "para quien sufre ansiedad")
_ANYONE_WHO = r"(?<!\bquem )(?<!\bquien )(?<!\bquienes )(?<!\bchi )(?<!\bqui )(?<!\bwie )(?<!\bwer )"
# sleepless for weeks or months, told as a state ("não dorme direito há meses", "lleva semanas sin dormir", "slaapt
# al maanden slecht", "od miesięcy nie śpi"); a night or a few days before a launch is no condition
_SLEEPLESS = (
    r"\bn[ãa]o (?:dorme|consegue dormir|dormia)(?: (?:direito|bem|nada|mais))? h[áa] (?:\w+ )?(?:semanas|meses)\b|"
    r"\bno (?:duerme|puede dormir|dormía)(?: (?:bien|nada))? desde hace (?:\w+ )?(?:semanas|meses)\b|"
    r"\b(?:lleva|llevaba|anda|est[áa]) (?:\w+ )?(?:semanas|meses) sin (?:poder )?dormir\b|"
    r"\bslaapt (?:al )?(?:\w+ )?(?:weken|maanden) (?:slecht|niet|nauwelijks)\b|"
    r"\b(?:od (?:\w+ )?(?:tygodni|miesięcy|miesiecy) nie (?:śpi|spi|sypia)|nie (?:śpi|spi|sypia) od (?:\w+ )?"
    r"(?:tygodni|miesięcy|miesiecy))\b|"
    r"\b(?:cierpi na|ma) (?:depresję|depresje|bezsenność|bezsennosc|nerwicę|nerwice|stany lękowe|ataki paniki)\b"
)

MINDS_ABROAD = (
    (r"\b" + _ANYONE_WHO + _HAS + r" (?:(?:\w+ ){0,2}?(?:un|una|uma|um|une|des|di|de|eine|einer|een) )?" + _MIND + r"\b"
     + _NOT_AN_ECONOMYS, "person"),
    (_SICK_NOTE, "person"),
    (_SLEEPLESS, "person"),
)  # fmt: skip
