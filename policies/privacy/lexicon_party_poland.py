"""Political-opinion cues for a Polish party a person works or stands for, whose names Polish declines ("działa w
kole Lewicy", "jest członkiem Konfederacji", "radna z ramienia Koalicji Obywatelskiej", "rozdaje ulotki PiS-u"),
so the English tables' "Lewica" misses "Lewicy" and "Lewicę".

Senses that must stay quiet: a party in the news or as a customer ("Lewica przegrała wybory", "ulotki dla
Konfederacji drukujemy my"), and the words' everyday senses ("koło zębate", "lewica" as the left in general):
so the person's tie to the party is said (belongs, is active in, is a member, councillor or candidate of)."""

from __future__ import annotations

# the parties by their declined forms ("Lewicy", "Platformy Obywatelskiej", "PiS-u")
_PARTY = (
    r"(?-i:Lewic[aąyę]|Razem|PiS(?:-u|-ie|-em)?|Prawa i Sprawiedliwości|Platform[aąyęi]e? Obywatelsk(?:a|iej|ą)|"
    r"(?:PO|KO|PSL|PSL-u)\b|Koalicj[aię] Obywatelsk(?:a|iej|ą)|Konfederacj[aię]|Polsk[aię] 2050|Polski 2050|"
    r"Solidarn(?:a|ej|ą) Polsk(?:a|i|ą)|Nowej Lewicy|Now[aą] Lewic[aąę]|Suwerennej Polski|Trzeci(?:ej)? Drog[aiię])"
)
# a tie to it: active in it, in its local circle, a member, a councillor or candidate from its list
_TIE = (
    r"(?:dzia[lł]a(?:[lł]a?)? (?:od lat |aktywnie |społecznie )?w (?:lokalnym |miejscowym |swoim )?(?:kole |"
    r"strukturach |partii |młodzieżówce )?|nale[zż]y do |należał[a]? do |jest (?:aktywnym |aktywną )?"
    r"(?:członkiem|członkinią|działaczem|działaczką|aktywistą|aktywistką|sympatykiem|sympatyczką|radnym|radną|"
    r"posłem|posłanką) (?:z ramienia )?|(?:radn[yaą]|pos[lł](?:anka)?|kandydat(?:ka)?|kandyduje) (?:z ramienia|z "
    r"listy|z|do sejmu z) |rozdaje (?:\w+ )?ulotki |g[lł]osuje na |zapisa[lł](?:a)? si[eę] do )"
)

PARTY_POLAND = ((r"\b" + _TIE + _PARTY, "person"),)
