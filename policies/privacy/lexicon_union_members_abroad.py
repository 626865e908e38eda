"""Trade-union cues for a person's membership told in German and the West Slavic languages: "verdi-Mitglied"
(the union's own lower case, which the capitalised union names miss), "je členem odborového svazu KOVO", "je
členom odborov", "jest członkiem związku zawodowego".

Senses that must stay quiet: the union as a body ("eine Stellungnahme der Gewerkschaft", "odborový svaz vydal
stanovisko"), the members as a crowd ("die verdi-Mitglieder streiken", "členové odborů hlasovali"), and a works
council, which is elected by all staff, not joined."""

from __future__ import annotations

# ver.di writes itself in lower case, often without its dot; the singular only, the plural is a crowd
_NAMED_MEMBER = r"\bver\.?di[- ]Mitglied\b"
# a member of a union in Czech, Slovak and Polish ("je členem odborů", "je členkou odborovej organizácie")
_WEST_SLAVIC = (
    r"\b(?:je|byl|byla|jest|by[lł]a?|je už|je tiež) (?:\w+ )?(?:členem|členom|členkou|člen|členka|cz[lł]onkiem|"
    r"cz[lł]onkini[aą]) (?:odborů|odborov|odborového svazu|odborového zväzu|odborové organizace|odborovej "
    r"organizácie|zwi[aą]zku zawodowego|zwi[aą]zków zawodowych|(?:NSZZ )?Solidarno[sś]ci|OPZZ)\b|"
    r"\b(?-i:[Oo])dborář(?:ka|em|kou)?\b|\bzwi[aą]zkowiec\b"
)

UNION_MEMBERS_ABROAD = ((_NAMED_MEMBER, "person"), (_WEST_SLAVIC, "person"))
