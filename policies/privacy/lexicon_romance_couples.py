"""Sexual-orientation cues for a same-sex partner told in Portuguese, Spanish or French, where the pronoun and
the partner word both carry a gender: "ele vai casar com o namorado", "ella se casa con su novia", "il épouse son
compagnon", "o marido dele", "a esposa dela". The match holds both genders, so it names whose it is itself.

Senses that must stay quiet: a partner across genders ("ele vai casar com a namorada", "elle épouse son
compagnon") and a business partner ("o parceiro dele na empresa")."""

from __future__ import annotations

_M_PARTNER = r"(?:namorado|noivo|companheiro|marido|novio|prometido|compañero|esposo|marido|fiancé|compagnon|copain)"
_F_PARTNER = (
    r"(?:namorada|noiva|companheira|esposa|mulher|novia|prometida|compañera|fiancée|compagne|copine|épouse|femme)"
)
_MARRY = (
    r"(?:vai casar|vai se casar|casa-se|se casa|casa|casou|casou-se|casar[áa]|se casó|se va a casar|va a casarse|"
    r"épouse|va épouser|a épousé|se marie|va se marier|s['’]est marié(?:e)?)"
)
_TO = r"(?: com| con| avec)? (?:o |a |el |la |su |seu |sua |son |sa |le )?"


def _pair(pronoun: str, partner: str) -> str:
    return r"\b" + pronoun + r"\b (?:\w+ ){0,3}?" + _MARRY + _TO + partner + r"\b"


ROMANCE_COUPLES = (
    (_pair(r"(?:ele|él|il)", _M_PARTNER) + r"|" + _pair(r"(?:ela|ella|elle)", _F_PARTNER), "self"),
    (r"\b(?:marido|namorado|noivo|companheiro) dele\b|\b(?:esposa|mulher|namorada|noiva|companheira) dela\b", "self"),
)
