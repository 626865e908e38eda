"""Criminal-record cues for a person going before a criminal court, told by the verb rather than a hearing noun
(:mod:`.lexicon_criminal_courts` has "son audience au tribunal correctionnel"): French "il passe devant le tribunal
correctionnel", "comparaît devant le tribunal de police", Spanish "comparece ante el juzgado de lo penal", German
"steht vor dem Strafgericht", Italian "compare davanti al tribunale penale", Dutch "moet voorkomen bij de
politierechter", and the committal to trial itself ("renvoyé devant le tribunal correctionnel", "rinviato a
giudizio per").

Senses that must stay quiet: a civil or commercial court ("passe devant le tribunal de commerce", "comparece ante
el juzgado de lo social"), a court as a building passed by ("on passe devant le tribunal correctionnel en allant
au bureau"), and "rinvio" of a meeting: so the court must be a criminal one by name, its visitor no "on", and
committal needs its "a giudizio"."""

from __future__ import annotations

from policies.privacy.lexicon_criminal_courts import _COURT_ABROAD

# going before (now, next or already), in French, Spanish, Portuguese, Italian, German and Dutch
_GOES = (
    r"(?:passe|passera|va passer|est passée?|doit passer|comparaît|comparait|comparaîtra|comparaitra|a comparu|"
    r"doit compara[îi]tre|est jugée?|sera jugée?|a été jugée?|comparece|comparecerá|comparecera|compareció|"
    r"comparecio|debe comparecer|tiene que comparecer|será juzgad[oa]|sera juzgad[oa]|es juzgad[oa]|"
    r"vai comparecer|compareceu|será julgad[oa]|compare|comparirà|comparira|deve comparire|è comparso|"
    r"è comparsa|sarà giudicat[oa]|steht|stand|muss|musste|kommt|moet|komt|verschijnt|stond)"
)
_BEFORE = r"(?:devant|ante|perante|davanti|vor|voor|bij)(?: (?:le|la|el|o|a|al|il|dem|das|den|de))?"

COURT_APPEARANCES = (
    (
        # (not "on passe devant le tribunal": passing the building on the way)
        r"(?<!\bon )(?<!\bnous )\b" + _GOES + r" (?:\S+ ){0,3}?" + _BEFORE + r" " + _COURT_ABROAD + r"\b|"
        # sent for trial ("renvoyé devant le tribunal correctionnel", "rinviato a giudizio per corruzione")
        r"\brenvoy[ée]e? devant (?:le |la )?" + _COURT_ABROAD + r"\b|\brinviat[oa] a giudizio\b",
        "person",
    ),
)
