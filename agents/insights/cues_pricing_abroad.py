"""A pricing objection written wholly in Portuguese, Dutch or Hinglish, for ``pricing_objection``: kept apart
because loanwords.py only maps single borrowed words, while these need the whole phrase ("o valor está muito acima",
"de prijs ligt flink boven", "rate bahut zyada hai") and the cut demanded with its floor ("zonder korting van zo'n
20%", "um desconto de pelo menos 20%", "20% kam karo").
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_PRICE = r"(?:valor|preço|prijs|bedrag|offerte|rate|price|quote|discount)"
_DISCOUNT = r"(?:discount|desconto|korting)"
# a floor on the cut: "at least", "some", or the deal said to stall without it
_FLOOR = r"(?:pelo menos|no mínimo|minstens|ten minste|zo'n|zeker|at least)"

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
)
