"""Sexual-orientation cues for a same-sex partner told in Portuguese, Spanish or French, where the pronoun and
the partner word both carry a gender: "ele vai casar com o namorado", "ella se casa con su novia", "il épouse son
compagnon", "o marido dele", "a esposa dela", and a name whose article gives its gender, as Portuguese (and
colloquial Spanish) put one before names: "a Inês e a namorada vão casar", "o Rui vai casar com o noivo", "la
Marta y su novia". The match holds both genders, so it names whose it is itself.

Senses that must stay quiet: a partner across genders ("ele vai casar com a namorada", "elle épouse son
compagnon") and a business partner ("o parceiro dele na empresa"), someone else's partner ("a Inês e a namorada
do Pedro")."""

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


# a name after its article, with the firm or family it is "da"/"de" ("a Inês da Golddex", "o Rui Costa")
_NAME = r" (?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][a-záéíóúâêôãõçñ]+)(?: (?:da|do|de|dos|das|del) (?-i:[A-Z])[\w-]+| (?-i:[A-Z])[\w-]+)?"
# with the partner: "and", or a verb of marrying or living with
_WITH = (
    r" (?:e|y|vai (?:se )?casar com|vão casar|casou(?:-se)? com|casa(?:-se)? com|se casa con|se casó con|mora com|"
    r"vive com|vive con)"
)
# the partner is someone else's when "do"/"da" or "de" and a name follow ("a namorada do Pedro"); "de longa data"
# (long-standing) is not
_NOBODY_ELSES = r"\b(?! (?:d[oa]s?|del|de la)\b| de (?-i:[A-Z]))"


def _named_pair(article: str, partner: str) -> str:
    return r"\b" + article + _NAME + _WITH + r" (?:" + article.lower() + r" |su |sua |seu )?" + partner + _NOBODY_ELSES


ROMANCE_COUPLES = (
    (_pair(r"(?:ele|él|il)", _M_PARTNER) + r"|" + _pair(r"(?:ela|ella|elle)", _F_PARTNER), "self"),
    (r"\b(?:marido|namorado|noivo|companheiro) dele\b|\b(?:esposa|mulher|namorada|noiva|companheira) dela\b", "self"),
    (
        _named_pair(r"(?-i:[Aa]|[Ll]a)", r"(?:namorada|noiva|companheira|esposa|mulher|novia|prometida|compañera)")
        + r"|"
        + _named_pair(r"(?-i:[Oo]|[Ee]l)", r"(?:namorado|noivo|companheiro|marido|novio|prometido|compañero|esposo)"),
        "self",
    ),
)
