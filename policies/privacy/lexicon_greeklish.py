"""Greek typed in Latin letters ("Greeklish"), as notes and mails from Greek customers often come: health ("o
pateras tou kanei chimeiotherapeia", "nosilevetai", "egine enchirisi"), a party candidacy or membership
("ypopsifios vouleftis me ti Nea Dimokratia", "melos tou SYRIZA") and a trade-union seat ("melos tou
diikitikou symvouliou tis ADEDY", "syndikalistis"). Relatives and "eimai" are :mod:`.persons_translit`'s.

Senses that must stay quiet: "ypopsifios pelatis" (a prospective customer), a candidate for a job, a company's
board ("diikitiko symvoulio tis Zoomit"), a party in the news with nobody in it, and a hospital as a site."""

from __future__ import annotations

_PARTY = r"(?:Nea Dimokratia|Neas Dimokratias|ND|SYRIZA|PASOK|KKE|Elliniki Lysi|Ellinikis Lysis|MeRA25|Plefsi)"
_UNION = r"(?:ADEDY|GSEE|POE-?OTA|OLME|DOE|POEDIN|OTOE|PASYDY|syndikatou|ergatikou somateiou)"

GREEKLISH_HEALTH = (
    (
        r"\b(?:kanei|kanoun|ksekinise|xekinise|ksekinaei|ekane|kanei akoma) (?:tin |ti )?"
        r"(?:chimeiotherapeia|chimiotherapeia|ximeiotherapeia|ximiotherapeia|himiotherapia|chimeiotherapies|"
        r"aktinotherapeia|aktinotherapies|aktinovolies|gkemodialysi|aimokatharsi)\b|"
        r"\bnosil(?:eve|ef)tai\b|\b(?:bike|mpike|einai|vrisketai) sto nosokomeio\b(?! (?:gia|me) (?:demo|to demo|"
        r"parousiasi|egkatastasi|to ergo)\b)|\b(?:egine|ekane|tha kanei) (?:mia )?(?:enchirisi|egxeirisi|"
        r"egcheirisi|xeirourgeio|chirourgeio)\b|\b(?:exei|echei|pathe|epathe) (?:karkino|gripi|egkefaliko|"
        r"emfragma|zachari|zaxaro)\b",
        "person",
    ),
)
GREEKLISH_POLITICAL = (
    (
        r"\b(?:ypopsifios|ypopsifia|ypopsifioi) (?:vouleftis|vouleftria|dimarchos|dimotikos symvoulos|"
        r"perifereiarchis|evrovouleftis)\b|\b(?:ypopsifios|ypopsifia|vouleftis|vouleftria|melos|stelechos) "
        r"(?:me |tis |tou |sti |sto |stin )(?:ti |to |tin )?(?-i:" + _PARTY + r")\b|"
        r"\bpsifizei (?-i:" + _PARTY + r")\b",
        "person",
    ),
)
GREEKLISH_UNIONS = (
    (
        r"\b(?:melos|proedros|antiproedros|grammateas|tamias) (?:tou |tis )(?:diikitikou symvouliou tis |"
        r"diikitikou symvouliou tou |ektelestikis epitropis tis )?(?-i:"
        + _UNION
        + r"|syndikatou|ergatikou somateiou)\b|"
        r"\bsyndikalist(?:is|ria)\b",
        "person",
    ),
)
