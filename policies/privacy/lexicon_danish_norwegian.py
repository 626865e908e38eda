"""Political, religious and trade-union cues in Danish and Norwegian, whose written forms are near enough to
share one table: an office, seat or membership in a party ("er lokallagsleder i Senterpartiet", "sidder i
byrådet for Venstre", "stemmer på Rødt"), a part in a faith movement or congregation ("er aktiv i Indre
Mission", "går i kirke hver søndag", "er troende"), and a union office ("er tillidsrepræsentant", "klubbleder i
Fellesforbundet"). :mod:`.lexicon_nordic_candidacies` reads candidacies only.

Senses that must stay quiet: a party or a church as the news's subject or a customer ("Senterpartiet vil
flytte arbeidsplasser", "menigheden har købt nye skærme"), "venstre" as left ("til venstre"), and a union as
a party to a deal ("aftale med 3F"): each needs a person's office, membership, seat, vote or practice."""

from __future__ import annotations

_PARTY = (
    r"(?-i:Arbeiderpartiet|Høyre|Fremskrittspartiet|FrP|Senterpartiet|Sosialistisk Venstreparti|Rødt|Venstre|"
    r"KrF|Kristelig Folkeparti|MDG|Miljøpartiet De Grønne|Socialdemokratiet|Socialdemokraterne|Det Konservative "
    r"Folkeparti|De Konservative|Konservative|Enhedslisten|Radikale Venstre|Dansk Folkeparti|Liberal Alliance|"
    r"Moderaterne|Danmarksdemokraterne|Alternativet|Nye Borgerlige|Socialistisk Folkeparti)"
)
# a seat or an office held for a party or in it
_PARTY_POST = (
    r"(?:lokallagsleder|lokallagsleiar|lokalformann|lokalformand|leder|leiar|nestleder|næstformand|formann|formand|"
    r"styremedlem|bestyrelsesmedlem|sekretær|kasserer|medlem|aktiv|aktivt medlem|engasjert|engageret|politiker|"
    r"kandidat|representant|folkevalgt|byrådsmedlem|kommunestyremedlem|bystyremedlem|ordfører|borgmester)"
)
_COUNCIL = (
    r"(?:kommunestyret|bystyret|fylkestinget|byrådet|kommunalbestyrelsen|regionsrådet|Stortinget|Folketinget|"
    r"formannskapet)"
)
_FAITH_GROUP = (
    r"(?:Indre Mission|Indremisjonen|Normisjon|Misjonssambandet|Luthersk Mission|Frelsesarmeen|Pinsebevegelsen|"
    r"Pinsebevægelsen|pinsemenigheten|pinsemenigheden|pinsekirken|frikirken|frikirke|menigheten|menigheden|"
    r"menighetsrådet|menighedsrådet|Jehovas [Vv]itner|Jehovas [Vv]idner|moskeen|moskéen|moskéforeningen|synagogen|"
    r"den katolske kirke|Den katolske kirke|Baptistkirken|Metodistkirken|Levende Ord|Oasebevægelsen|KFUM|KFUK|"
    r"Mormonkirken|Det jødiske samfunn|Det Mosaiske Trossamfund)"
)
_FAITH_POST = (
    r"(?:aktiv|medlem|engasjert|engageret|eldste|ældste|forstander|pastor|prest|præst|diakon|leder|kirkeverge|"
    r"kirkeværge|frivillig|søndagsskolelærer)"
)
_UNION = (
    r"(?:fagforeningen|fagforbundet|(?-i:3F|HK|Dansk Metal|FOA|Fagforbundet|Fellesforbundet|LO|NTL|Delta|"
    r"Tekna|Parat|Negotia|El og IT|Handel og Kontor|Norsk Sykepleierforbund|Utdanningsforbundet|Dansk "
    r"Sygeplejeråd|BUPL|Krifa|Djøf|Ingeniørforeningen))"
)
_UNION_POST = (
    r"(?:klubbleder|klubbformann|klubformand|tillidsrepræsentant|fællestillidsrepræsentant|tillidsmand|"
    r"hovedtillitsvalgt|plasstillitsvalgt|fagforeningsleder|fagforeningsmand)"
)
_IS = r"\b(?:er|var|ble|blev|blir|bliver|har vært|har været) (?:(?:også|nå|nu|fortsatt|stadig|lenge|længe) )?"
# one word between the verb and the post, not the negation ("er ikke medlem i")
_ONE_WORD = r"(?:(?!ikke\b|ikkje\b)\w+ )?"

DANISH_NORWEGIAN_POLITICAL = (
    (
        _IS + _ONE_WORD + _PARTY_POST + r" (?:i|for|hos|av|af) (?:\w+ ){0,2}?" + _PARTY + r"\b|"
        r"\b(?:sitter|sidder|satt|sad) (?:\w+ ){0,2}?i " + _COUNCIL + r" for " + _PARTY + r"\b|"
        r"\b(?:stemmer|stemte|stemmer altid|stemmer alltid) (?:på )?" + _PARTY + r"\b",
        "person",
    ),
)
DANISH_NORWEGIAN_RELIGION = (
    (
        _IS + _FAITH_POST + r" (?:i|af|av|hos|for|ved) " + _FAITH_GROUP + r"\b|"
        r"\bgår (?:\w+ ){0,2}?i (?:kirke|kirken|moské|moskeen|moskéen|synagogen) (?:hver|om|på|hele)\b|"
        + _IS
        + _ONE_WORD
        + r"(?-i:troende|praktiserende (?:katolik|katolikk|muslim|jøde)|kristen|muslim|katolikk|katolik|"
        r"jøde|ateist|buddhist|hindu|pinsevenn|baptist|adventist|mormon)\b",
        "person",
    ),
)
DANISH_NORWEGIAN_UNIONS = (
    (
        _IS
        + _ONE_WORD
        + _UNION_POST
        + r"\b|"
        + _IS
        + _ONE_WORD
        + r"(?:leder|leiar|formann|formand|nestleder|næstformand|medlem|styremedlem|bestyrelsesmedlem) "
        r"(?:i|af|av|for|hos) (?:\w+ )?" + _UNION + r"\b",
        "person",
    ),
)
