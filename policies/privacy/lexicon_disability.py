"""Health cues for a disability told by the aid a person uses or what they lost (LABELS.md: health includes
disability): "uses a wheelchair", "her hearing aids", "lost a leg", "is registered blind", "has a learning
difficulty", and in the languages a rep's notes mix in ("é surda", "es ciego", "ist gehörlos", "jest głucha").
Split from :mod:`.lexicon_health`, whose cues are illnesses, injuries and treatments.

Senses that must stay quiet: an aid with no user ("the wheelchair ramp", "a hearing aid retailer" have no
"uses"/"his" before them) and "blind" or "deaf" as a compound's first half ("blind-spot", "deaf-proof"), and
deaf or blind to something in any language ("the bot is blind to attachments", "es sordo a las quejas", "ist
blind für Zahlen", "è cieco davanti ai numeri"): so there the word is said of a person by a verb of being and
nothing it is deaf or blind to follows."""

from __future__ import annotations

# aids that tell of a disability ("has had a prosthetic leg since his army days", "her wheelchair")
_AID = (
    r"(?:wheelchair|walking stick|hearing aids?|guide dog|mobility scooter|cochlear implant|prosthetic \w+|"
    r"prosthesis|artificial (?:leg|arm|limb|eye)|insulin pump|colostomy bag|stoma)"
)

# deaf, hard of hearing or blind in Portuguese, Spanish, Italian, French, German, Dutch and Polish
_SENSES_ABROAD = (
    r"\b(?:é|es|está|está ficando|è|e'|est|ist|war|is|jest|by[lł]a?|nació|nasceu|nato|nata|geboren) (?:\w+ )?"
    r"(?:surd[oa]|sord[oa]|sourde?|gehörlos|schwerhörig|taub|slechthorend|g[lł]uch[aiy]|niesłysząc[aey]|"
    r"niedosłysząc[aey]|ciego|ciega|cego|cega|ciec[oa]|aveugle|sehbehindert|erblindet|slechtziend|niewidom[aey]|"
    r"ipoudente|hipoacúsic[oa]|deficiente (?:auditiv|visual)[oa]?|"
    # hard of hearing or sightless as French and German say it ("M. Roux est malentendant", "ist hörgeschädigt");
    # the Italian and Spanish words are in :mod:`.lexicon_disability_abroad`
    r"malentendante?|non-?voyante?|non-?entendante?|hörgeschädigt|sehgeschädigt)\b"
    r"(?! (?:a|à|ao|aos|às|al|ai|alle|für|voor|gegenüber|di fronte|davanti|ante|face|na|aux?|para|per|op|bij)\b)"
    # Dutch "doof" only after Dutch "is": German "ist doof" is "is silly"
    r"|\bis (?:\w+ )?doof\b(?! (?:voor|voor de)\b)"
)

DISABILITY = (
    (
        r"\b(?:uses|used|using|in|needs|relies on|wears|wearing|has|had|have|got|with) "
        r"(?:had |used |worn |been using )?an? "
        + _AID
        + r"\b|\b(?:his|her|my) "
        + _AID
        + r"\b|\bamputees?\b|\bamputat(?:ed|ion)\b|\blost (?:a|an|his|"
        r"her|my|both) (?:legs?|arms?|feet|foot|hands?|eyes?|kidney|lung)\b|\b(?:is|being|registered|"
        r"legally|partially) (?:blind|deaf|sighted|disabled)\b(?!-| to\b)|"
        r"\b(?:a|his|her|my|has a|with a) (?:disability|"
        r"impairment|learning difficulty)\b",
        "person",
    ),
    (_SENSES_ABROAD, "person"),
)
