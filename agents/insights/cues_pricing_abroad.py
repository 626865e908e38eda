"""A pricing objection written wholly in Portuguese, Dutch, German or Hinglish, for ``pricing_objection``: kept apart
because loanwords.py only maps single borrowed words, while these need the whole phrase ("o valor está muito acima",
"de prijs ligt flink boven", "preislich liegen Sie deutlich über", "rate bahut zyada hai") and the cut demanded with
its floor ("zonder korting van zo'n 20%", "um desconto de pelo menos 20%", "20% kam karo"), or as the condition to
go on ("ohne Nachlass sehe ich keine Chance"), or the payment terms refused ("die Vorauszahlung ist nicht darstellbar").
The sentence comes with loanwords.py's words already in English ("Rabatt" is "discount", "keine" is "no").
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_PRICE = r"(?:valor|preço|prijs|bedrag|offerte|rate|price|quote|discount)"
_DISCOUNT = r"(?:discount|desconto|korting)"
# a floor on the cut: "at least", "some", or the deal said to stall without it
_FLOOR = r"(?:pelo menos|no mínimo|minstens|ten minste|zo'n|zeker|at least|mindestens|rund|etwa|ca\.?|circa|gut)"
# German: what they can defend or get through inside, refused
_GERMAN_REFUSED = (
    r"(?:no chance|nicht (?:darstellbar|machbar|vertretbar|akzeptabel|tragbar|möglich|drin|vermittelbar)"
    r"|inakzeptabel|unmöglich|schwierig|geht (?:das|es) nicht)"
)

PRICE_ABROAD: tuple[Cue, ...] = (
    # the price put well above what they will pay or the project justifies
    cue(
        r"\b" + _PRICE + r"\b[^.;?]{0,25}\b(?:(?:está|é|fica) (?:muito|bem|bastante) acima"
        r"|(?:ligt|is|zit) (?:flink|ver|veel|een stuk|ruim) (?:boven|hoger dan))\b",
        0.85,
    ),
    # Hinglish: "rate bahut zyada hai", "price kaafi zyada hai yaar"
    cue(r"\b" + _PRICE + r"\b (?:(?:bahut|kaafi|bohot|jyada|zyada) )?(?:zyada|jyada) hai\b", 0.85),
    # the cut demanded with its floor, or as the condition to go on
    cue(r"\b" + _DISCOUNT + r"\b (?:de |van )?" + _FLOOR + r" \d{1,2} ?%", 0.85, negatable=False),  # "no mínimo"
    cue(r"\b(?:zonder|sem) (?:een )?" + _DISCOUNT + r"\b[^.;?]{0,20}\b(?:lastig|moeilijk|niet|não|difícil)", 0.85),
    cue(r"\b\d{1,2} ?% (?:kam|kum) kar(?:o|en|ein|na|do)\b", 0.85),
    # German: the price well above what they can justify ("preislich liegen Sie deutlich über dem, was wir vertreten
    # können", "der price liegt weit über unserem Rahmen"); below it is no objection
    cue(
        r"\b(?:preislich|price|prices|quote|kosten|betrag)\b[^.;?]{0,40}?\b(?:deutlich|weit|erheblich|klar|viel"
        r"|wesentlich|spürbar|ein gutes stück) (?:über|oberhalb)\b",
        0.85,
        negatable=False,
    ),
    # a cut of 15% or more needed ("wir bräuchten mindestens 20 % discount", "einen discount in der Größenordnung von
    # 25 %"), or no chance without one ("ohne einen discount ... sehe ich no Chance")
    cue(
        r"\b(?:brauchen|bräuchten|benötigen|benötigten|erwarten|müssten|fordern)\b[^.;?]{0,30}?(?:1[5-9]|[2-9]\d) ?%"
        r" discount\b|\bdiscount (?:von |in (?:der )?(?:höhe|größenordnung) von )(?:"
        + _FLOOR
        + r" )?(?:1[5-9]|[2-9]\d)"
        r" ?%",
        0.85,
        negatable=False,
    ),
    cue(
        r"\bohne (?:einen |eine |ein |deutlichen |spürbaren )*discount\b[^.;?]{0,60}\b" + _GERMAN_REFUSED,
        0.85,
        negatable=False,
    ),
    # the terms refused: "die Vorauszahlung für drei Jahre ist für uns nicht darstellbar"
    cue(
        r"\b(?:vorauszahlung|vorkasse|zahlungsbedingungen|zahlungsziel|mindestlaufzeit|laufzeit)\b[^.;?]{0,40}\b"
        + _GERMAN_REFUSED,
        0.8,
        negatable=False,
    ),
)
