"""Health and political-opinion cues in Swedish, which the other tables do not read: a bone broken or an
operation someone is having ("bröt benet i helgen", "opereras på måndag", "är sjukskriven"), and a seat or a
membership for a party ("sitter i kommunfullmäktige för Miljöpartiet", "är medlem i Moderaterna").

Senses that must stay quiet: an agreement or a record broken ("bröt avtalet", "bröt rekordet"), the sick slang
for "very" ("sjukt bra"), and a party or a council as the news's subject ("Miljöpartiet vill höja flygskatten",
"kommunfullmäktige beslutade i går"): a party needs a person's seat, membership, vote or candidacy for it."""

from __future__ import annotations

# the parties of the Riksdag by name, and the definite forms the press uses
_PARTY = (
    r"(?:Socialdemokraterna|Moderaterna|Sverigedemokraterna|Centerpartiet|V[äa]nsterpartiet|Liberalerna|"
    r"Kristdemokraterna|Milj[öo]partiet|Feministiskt initiativ|Piratpartiet)"
)
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
        r"\b(?:[äa]r|var|blev) (?:\w+ )?(?:medlem|aktiv|f[öo]rtroendevald|politiker) (?:i|f[öo]r) " + _PARTY + r"\b|"
        r"\b(?:r[öo]star|r[öo]stade|kandiderar|kandiderade|st[åa]r p[åa] listan) (?:p[åa] |f[öo]r )?" + _PARTY + r"\b",
        "person",
    ),
)
