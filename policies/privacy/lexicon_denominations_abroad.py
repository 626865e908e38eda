"""Religion cues for a church a person belongs to, named by its denomination in the languages a rep's notes mix
in (Italian "è valdese", "è avventista"; Spanish "es bautista", "es pentecostal"; Portuguese "é presbiteriana";
German "ist Mennonitin", "ist Baptist"; French "est adventiste"; Dutch "is doopsgezind"), and for a lay preacher
or reader in one ("fa la predicatrice laica nella sua chiesa", "es predicador laico", "ist Laienpredigerin",
"est prédicateur laïc"). The faiths' broad names are in :mod:`.lexicon_faiths_abroad`.

Senses that must stay quiet: a denomination's body or building ("la chiesa valdese", "una scuola avventista",
"the Baptist hospital is a customer"), "vaudois" (of the canton of Vaud as much as the church), the given
names ("Giovan Battista", "c'est Baptiste qui signe"), and a lay preacher sought by a body ("la chiesa cerca un
predicatore laico"): a person's verb of being must come before."""

from __future__ import annotations

from policies.privacy.lexicon_faiths_abroad import _IS, _NOT_A_BODY, _NOT_OF_A_BODY

# the churches, each by its member's adjective or noun (lower case where a capital is a name)
_DENOMINATION = (
    r"valdes[ei]|Waldenser(?:in)?|avventista|adventista|adventiste|Adventist(?:in)?|adventist|"
    r"pentecostale|pentecostal|pentec[ôo]tiste|Pfingstler(?:in)?|pinkstergelovige|"
    r"(?-i:battista|bautista|batista|baptiste)|Baptist(?:in)?|doopsgezind|"
    r"metodista|méthodiste|Methodist(?:in)?|methodist|luteran[oa]|lutheran[oa]|luthérienne?|lutherisch|luthers|"
    r"anglican[oa]|anglicane?|presbiterian[oa]|presbyt[ée]rienne?|quacchera?|cuáquer[oa]|quaker|"
    r"mennonit[ae]|menonita|mennonite|Mennonit(?:in)?|calvinista|calviniste|calvinistisch|"
    r"hugonote|huguenote?|anabattista|anabaptista|anabaptiste|amish|Freikirchler(?:in)?|freikirchlich|Quäker(?:in)?"
)
# who preaches or reads in a service without ordination
_LAY_PREACHER = (
    r"predicat(?:ore|rice) laic[oa]|predicador(?:a)? laic[oa]|pregador(?:a)? leig[oa]|prédicat(?:eur|rice) la[ïi]que?|"
    r"Laienprediger(?:in)?|Lektor(?:in)? in (?:seiner|ihrer) (?:Gemeinde|Kirche)|lekenprediker|lektor świecki"
)
# a verb of being or doing a role ("fa la predicatrice laica", "hace de predicador laico", "als Laienpredigerin")
_SERVES = (
    r"(?:è|e['’]|era|fa (?:il |la |da )?|faceva (?:il |la |da )?|es|era|hace de|trabaja como|é|faz|atua como|est|"
    r"était|comme|ist|war|als|arbeitet als|is|was|jest)(?: (?:un|una|uno|um|uma|une|ein|eine|een))?"
)

DENOMINATIONS_ABROAD = (
    (r"\b" + _NOT_OF_A_BODY + _IS + r" (?:" + _DENOMINATION + r")\b" + _NOT_A_BODY, "person"),
    (r"\b" + _SERVES + r" ?(?:" + _LAY_PREACHER + r")\b", "person"),
)
