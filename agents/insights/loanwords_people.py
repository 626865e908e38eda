"""A champion's departure said in the past in Spanish, Portuguese, Italian or French ("Carlos Méndez dejó la empresa el
viernes pasado", "ha lasciato l'azienda"): read as its English sense by loanwords.in_english, so the stakeholder
finder sees "left the company" (the present "deja la empresa" is in loanwords itself).
The leaving verb counts only with the firm after it, in words or by name: "dejó el contrato firmado" is a
contract left signed, not a person gone."""

from __future__ import annotations

_FIRMS = r"(?:la empresa|la compañía|la compania|a empresa|a companhia|l'azienda|la società|l'entreprise|la société)"
PEOPLE_WORDS = {
    # the firm in words: "dejó la empresa", "ha lasciato l'azienda"
    "left the company": r"(?:dejó|abandonó|deixou|abandonou|saiu d[ae]|ha lasciato|è uscit[oa] da(?:ll')?|a quitté"
    r"|se fue de|se marchó de) " + _FIRMS,
    # the firm by name: "dejó Genco la semana pasada"
    "left": r"(?:dejó|abandonó|deixou|ha lasciato|se fue de|se marchó de)(?= (?-i:[A-Z]))",
}
