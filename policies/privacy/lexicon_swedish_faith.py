"""Religion cues in Swedish, which the other tables do not read: a rite a person leads or keeps ("leder
fredagsbönen", "håller i gudstjänsten"), a place of worship of their own ("i sin moské", "hennes församling"),
worship kept week by week ("går i kyrkan varje söndag", "ber i moskén på fredagar"), a faith said of them ("är
praktiserande katolik", "är troende muslim") and an office in a congregation ("är imam i", "är präst i").
:mod:`.lexicon_danish_norwegian` reads Danish and Norwegian.

Senses that must stay quiet: a place of worship as a landmark or a customer ("moskén i Rinkeby har stängt gatan",
"Svenska kyrkan är kund"), a rite as an event nearby ("det är fredagsbön i moskén intill, så parkeringen är full"),
and a faith word said of a thing ("ortodox i budgetfrågor", "en religiös noggrannhet"): each needs a person who
leads, keeps or holds it."""

from __future__ import annotations

# rites a person leads or gives, in their definite forms (not plain "bönen", whose literal "nen" is everywhere)
_RITE = (
    r"(?:fredagsb[öo]nen|b[öo]nestunden|gudstj[äa]nsten|m[äa]ssan|h[öo]gm[äa]ssan|sabbatsgudstj[äa]nsten|"
    r"koranl[äa]sningen|bibelstudiet|bibelstudierna|s[öo]ndagsskolan|predikan)"
)
# who leads or gives one, looked back for so that the cue prefilter files it under the rite, not "håller i"
_LEADS = (
    "(?:"
    + "|".join(
        rf"(?<=\b{verb} )"
        for verb in ("leder", "ledde", "håller i", "haller i", "höll i", "holl i", "predikar", "predikade")
    )
    + ")"
)
# places of worship, as one's own ("sin moské", "hennes församling")
_PLACE = r"(?:mosk[ée]|kyrka|f[öo]rsamling|synagoga|gurdwara|frikyrka|pingstf[öo]rsamling|tempel)"
# the same places in their definite forms, where one worships week by week
_THE_PLACE = r"(?:kyrkan|m[äa]ssan|mosk[ée]n|synagogan|gudstj[äa]nsten|h[öo]gm[äa]ssan|templet|gurdwaran)"
_WEEKLY = (
    r"(?:varje (?:s[öo]ndag|fredag|l[öo]rdag|vecka)|p[åa] (?:s[öo]ndagar|fredagar|l[öo]rdagar)|regelbundet|"
    r"varje sabbat)"
)
# a faith as a person's noun, lowercase as Swedish writes it (so "Kristen", a name, is none)
_FAITH = (
    r"(?-i:muslim|katolik|jude|judinna|buddist|hindu|sikh|pingstv[äa]n|ateist|agnostiker|mormon|adventist|baptist|"
    r"metodist|Jehovas vittne)"
)
# adjectives that are also a thing's ("musiken är kristen"), so they need a word of practice before them
_FAITH_ADJ = r"(?-i:kristen|luthersk|frikyrklig|ortodox|grekisk-ortodox|syrisk-ortodox|rysk-ortodox)"
_DEVOUT = r"(?:praktiserande|troende|djupt troende|from|h[äa]ngiven|aktiv|bek[äa]nnande|[öo]vertygad)"
_CLERIC = (
    r"(?:imam|pr[äa]st|pastor|diakon|rabbin|kantor|f[öo]rsamlingsledare|kyrkv[äa]rd|f[öo]rsamlingsf[öo]rest[åa]ndare)"
)

SWEDISH_FAITH = (
    (
        _LEADS + _RITE + r"\b|"
        r"\b(?:sin|hans|hennes) (?:lokala )?" + _PLACE + r"\b|"
        r"\b(?:g[åa]r|gick|brukar g[åa]|ber|bad) (?:\w+ )?(?:i|till) " + _THE_PLACE + r" (?:\w+ )?" + _WEEKLY + r"|"
        r"\b(?:[äa]r|var|blev) (?:en )?(?:" + _DEVOUT + r" )?" + _FAITH + r"\b(?! (?:i|om|n[äa]r) )|"
        r"\b(?:[äa]r|var|blev) (?:en )?" + _DEVOUT + r" " + _FAITH_ADJ + r"\b|"
        r"\b(?:[äa]r|var|blev) (?:\w+ )?" + _CLERIC + r" (?:i|f[öo]r|vid|p[åa]) (?:\w+ )?(?:" + _THE_PLACE + r"|"
        r"mosk[ée]|f[öo]rsamling\w*|Svenska kyrkan|(?-i:[A-ZÅÄÖ])\w+ (?:f[öo]rsamling|mosk[ée]|kyrka))",
        "person",
    ),
    (r"\b(?:fastar|fastade|ska fasta) (?:under |i |p[åa] )?(?:ramadan|ramadhan|fastan|jom kippur)\b", "people"),
)
