"""Criminal-record cues for a conviction or a drink-driving offence told in the languages a rep's notes mix in:
Polish "po wyroku za jazde po pijanemu" (often typed without its diacritics), Dutch "veroordeeld voor rijden onder
invloed", Italian "è stato condannato per", Spanish "fue condenado a", French "a été condamné pour", German
"wurde wegen Trunkenheit am Steuer verurteilt", Portuguese "foi condenado por". (Arrests are in
:mod:`.lexicon_arrests_abroad`, the English forms in :mod:`.lexicon_criminal`.)

Senses that must stay quiet: "condemned" as criticised ("condenó la decisión", "ha condannato l'accordo"), a
court's ruling on a firm ("wyrok sądu w sprawie fuzji") and drink-driving as a campaign's subject ("kampania
przeciw jeździe po pijanemu"): so a conviction needs the passive and what it was for or to, and drink-driving
the offence as someone's ("for", "by", a past driver); and Polish "skazany na porażkę" (doomed to fail)."""

from __future__ import annotations

# when a conviction came, said between it and its offence ("foi condenado no ano passado por", "fue condenado
# en 2019 a"); only a time, so that "condenado" by someone ("condenado por la prensa") gains no reach
_WHEN = (
    r"(?:(?:no|em|en el|el|en|o) (?:ano|año|mês|mes) (?:passado|pasado)|(?:em|en) (?:\d{4}|janeiro|fevereiro|março|"
    r"abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|"
    r"septiembre|octubre|noviembre|diciembre)|h[áa] (?:\w+ )?anos|hace (?:\w+ )?años|ontem|ayer|"
    r"recentemente|recientemente|j[áa]|ya),? "
)
# convicted, passive, with what for or to
_CONVICTED = (
    # Polish, with or without diacritics ("zostal skazany na", "wyrok w zawieszeniu", "po wyroku za")
    r"\b(?:zosta[lł]a?|jest|by[lł]a?) (?:\w+ )?skazan[yaie] (?:na|za)\b"
    r"(?! (?:pora[zż]k[eę]|niepowodzenie|kl[eę]sk[eę]|sukces|zapomnienie|siebie)\b)|"
    r"\bwyrok\w* (?:\w+ )?(?:za|w zawieszeniu)\b|"
    # Dutch
    r"\b(?:is|werd|was|ben|zijn) (?:\w+ ){0,2}?veroordeeld (?:tot|voor|wegens)\b|\b(?:heeft|had) een strafblad\b|"
    # a sentence received ("heeft een voorwaardelijke straf gekregen voor", "kreeg een taakstraf wegens")
    r"\b(?:heeft|had|kreeg|kregen) (?:\w+ ){0,4}?(?:voorwaardelijke |onvoorwaardelijke )?(?:straf|taakstraf|celstraf|"
    r"gevangenisstraf|werkstraf)(?: gekregen)? (?:voor|wegens)\b|"
    # Italian
    r"\b(?:è|e'|sono|era|fu) (?:stat[oaie] )?condannat[oaie] (?:a|per|in)\b|"
    # Spanish and Portuguese
    r"\b(?:fue|ha sido|había sido|foi|tinha sido|está|quedó) condenad[oa]s? (?:" + _WHEN + r")?(?:a|por|em)\b|"
    # serving a sentence (PT "está a cumprir pena", BR "cumpre pena", ES "cumple condena")
    r"\b(?:est[áa] a cumprir|est[áa] cumprindo|cumpre|cumpriu|cumple|cumpli[óo]|est[áa] cumpliendo) (?:uma )?"
    r"(?:pena|condena)\b|"
    # French
    # (when may come between: "a été condamné l'an dernier pour", "en 2019 à")
    r"\b(?:a été|avait été|ont été) condamnée?s? (?:(?:l'an dernier|l'année dernière|l'an passé|le mois dernier|"
    r"hier|récemment|déjà|en \d{4}|il y a (?:\w+ )?(?:ans?|mois)) )?(?:à|a|pour|avec sursis)\b|"
    # German
    r"\b(?:wurde|ist|war|sind|wurden) (?:\w+ ){0,3}?verurteilt\b|\b(?:ist|war) vorbestraft\b|"
    # Danish, Norwegian and Swedish ("blev dømt for", "ble dømt til", "dömdes för"); not a plan doomed ("dømt
    # til at mislykkes", "dömt att misslyckas")
    r"\b(?:blev|ble|er|var|blir|bliver|har været|har vært|har blitt|har blivit|blev|är) (?:\w+ )?(?:dømt|dömd|"
    r"dömt) (?:for|för|til|till)\b(?! (?:at|å|att|fiasko|undergang|nederlag)\b)|\bdömdes (?:för|till)\b"
    r"(?! (?:att|fiasko)\b)|\b(?:har|havde|hadde|hade) (?:en )?(?:plettet )?(?:straffeattest|prikk på rullebladet)\b"
)
# driving drunk as the offence someone committed or was punished for
_DRUNK_DRIVING = (
    r"\b(?:za|po|przez) (?:jazd[aeęy]|jezdzie|jeździe) (?:\w+ )?po pijanemu\b|\b(?:jecha[lł]a?|prowadzi[lł]a?) "
    r"(?:\w+ )?po pijanemu\b|"
    r"\b(?:voor|wegens|betrapt op|aangehouden voor) rijden onder (?:de )?invloed\b|"
    r"\b(?:per|multat[oa] per|fermat[oa] per|denunciat[oa] per) guida in stato di ebbrezza\b|"
    r"\b(?:por|de) (?:conducir|manejar) (?:borrach[oa]|ebri[oa]|bajo los efectos del alcohol)\b|"
    r"\b(?:por|de) (?:dirigir|conduzir) (?:embriagad[oa]|b[êe]bad[oa]|alcoolizad[oa])\b|"
    # the offence by its noun ("por condução sob o efeito do álcool", "por conducción bajo los efectos del alcohol",
    # "por condução em estado de embriaguez")
    r"\b(?:por|de) (?:condu[çc][ãa]o|dire[çc][ãa]o|conducci[óo]n) (?:sob (?:o |a )?(?:efeito|influ[êe]ncia) d[eo] "
    r"[áa]lcool|bajo (?:los |el )?(?:efectos?|influencia) del alcohol|em estado de embriaguez|en estado de "
    r"embriaguez|alcoolizad[oa]|etílica)\b|"
    r"\b(?:pour|de) conduite en état (?:d['’]ivresse|alcoolique)\b|"
    r"\b(?:wegen|für) Trunkenheit am Steuer\b|"
    r"\b(?:for|för) (?:spirituskørsel|promillekjøring|promillekjøyring|rattfylleri|grovt rattfylleri)\b"
)

CONVICTIONS_ABROAD = ((_CONVICTED, "person"), (_DRUNK_DRIVING, "person"))
