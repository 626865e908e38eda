"""Health and political-opinion cues in Swedish, which the other tables do not read: a bone broken or an
operation someone is having ("bröt benet i helgen", "opereras på måndag", "är sjukskriven"), and a seat or a
membership for a party ("sitter i kommunfullmäktige för Miljöpartiet", "är medlem i Moderaterna").

Senses that must stay quiet: an agreement or a record broken ("bröt avtalet", "bröt rekordet"), the sick slang
for "very" ("sjukt bra"), and a party or a council as the news's subject ("Miljöpartiet vill höja flygskatten",
"kommunfullmäktige beslutade i går"): a party needs a person's seat, membership, vote or candidacy for it.

An office in a party or in its local branch or youth league counts as membership ("är ordförande för
Liberalernas lokalavdelning i Växjö", "är kassör i Moderaterna i Lund", "sitter i styrelsen för SSU"); a chair of
anything else ("ordförande i bostadsrättsföreningen", "styrelsen för Volvo") is no party's."""

from __future__ import annotations

# the parties of the Riksdag by name, and the definite forms the press uses
_PARTY = (
    r"(?:Socialdemokraterna|Moderaterna|Sverigedemokraterna|Centerpartiet|V[äa]nsterpartiet|Liberalerna|"
    r"Kristdemokraterna|Milj[öo]partiet|Feministiskt initiativ|Piratpartiet)"
)
# the same parties in the genitive, before the branch of them a person holds an office in ("Liberalernas
# lokalavdelning"), and the youth leagues by their names and initials
_PARTY_OF = (
    r"(?:Socialdemokraternas|Moderaternas|Sverigedemokraternas|Centerpartiets|V[äa]nsterpartiets|Liberalernas|"
    r"Kristdemokraternas|Milj[öo]partiets|Piratpartiets)"
)
_YOUTH = (
    r"(?:Moderata ungdomsf[öo]rbundet|Liberala ungdomsf[öo]rbundet|Centerpartiets ungdomsf[öo]rbund|Gr[öo]n "
    r"[Uu]ngdom|Ung V[äa]nster|(?-i:MUF|SSU|LUF|CUF|KDU|SDU))"
)
_BRANCH = (
    r"(?:lokalavdelning|lokalf[öo]rening|partif[öo]rening|krets|arbetarekommun|distrikt|styrelse|"
    r"ungdomsf[öo]rbund|kvinnof[öo]rbund|valberedning)\w*"
)
# an office held in a party
_OFFICE = (
    r"(?:medlem|aktiv|f[öo]rtroendevald|politiker|ordf[öo]rande|vice ordf[öo]rande|kass[öo]r|sekreterare|"
    r"ledamot|styrelseledamot|gruppledare|talesperson|ombud|valledare|kommunalr[åa]d|oppositionsr[åa]d)"
)
_PARTY_OR_BRANCH = r"(?:" + _PARTY + r"|" + _YOUTH + r"|" + _PARTY_OF + r" " + _BRANCH + r")"
# an office held in a party, or a seat on its board
_HOLDS = r"\b(?:[äa]r|var|blev|har varit) (?:\w+ )?" + _OFFICE + r" (?:i|f[öo]r|hos) "
_ON_THE_BOARD = r"\b(?:sitter|satt) i (?:styrelsen|valberedningen) (?:f[öo]r|i|hos) "
# a body a party's members sit on for it
_SEAT = r"(?:kommunfullm[äa]ktige|regionfullm[äa]ktige|landstingsfullm[äa]ktige|riksdagen|kommunstyrelsen|n[äa]mnden)"
# a bone or a limb someone breaks, in its definite form ("benet", "handleden")
_BONE = (
    r"(?:benet|armen|foten|handleden|fotleden|nyckelbenet|revbenen|revbenet|h[öo]ften|fingret|stort[åa]n|n[äa]san|"
    r"k[äa]ken|axeln|b[äa]ckenet|l[åa]rbenet)"
)

SWEDISH_HEALTH = (
    (
        r"\b(?:br[öo]t|har brutit|hade brutit|har br[äa]ckt|br[äa]ckte) (?:\w+ )?" + _BONE + r"\b|"
        r"\b(?:ska |skall |m[åa]ste |beh[öo]ver )?(?:opereras|opererades|blev opererad|har opererats)\b|"
        r"\b(?:[äa]r|blev|har varit) (?:\w+ )?(?:sjukskriven|sjuk|inlagd p[åa] sjukhus)\b|\bligger p[åa] sjukhus\b",
        "person",
    ),
)
SWEDISH_POLITICAL = (
    (
        r"\b(?:sitter|satt|[äa]r ledamot|var ledamot) (?:\w+ ){0,2}?i " + _SEAT + r" f[öo]r " + _PARTY + r"\b|"
        r"\b(?:r[öo]star|r[öo]stade|kandiderar|kandiderade|st[åa]r p[åa] listan) (?:p[åa] |f[öo]r )?" + _PARTY + r"\b",
        "person",
    ),
    (_HOLDS + _PARTY_OR_BRANCH + r"\b|" + _ON_THE_BOARD + _PARTY_OR_BRANCH + r"\b", "person"),
)
