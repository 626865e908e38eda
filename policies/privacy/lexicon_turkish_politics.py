"""Political-opinion and trade-union cues in Turkish: work for a party ("CHP'nin seçim bürosunda gönüllü",
"AKP gençlik kollarında"), an office, membership or candidacy in it ("MHP üyesi", "İYİ Parti ilçe başkanı",
"CHP'den belediye meclis üyesi adayı"), a vote told ("DEM Parti'ye oy verdi"), and a union office or membership
("sendika temsilcisi", "Türk Metal üyesi"). :mod:`.lexicon_turkish` reads Turkish health and crime only.

Senses that must stay quiet: a party as the news's subject or a municipality it runs ("CHP'li belediye ihale
açtı", "AKP yeni yasa teklifi verdi"), and a union as a customer or a party to a deal ("sendika ile sözleşme
imzaladık"): a party or union needs a person's office, work, membership or vote."""

from __future__ import annotations

_PARTY = (
    r"(?-i:AKP|AK Parti|CHP|MHP|HDP|DEM Parti|İYİ Parti|İyi Parti|IYI Parti|Saadet Partisi|Zafer Partisi|"
    r"DEVA Partisi|Gelecek Partisi|Yeniden Refah)"
)
# the case endings a party's name takes after an apostrophe ("CHP'nin", "AKP'den", "MHP'ye")
_CASE = r"(?:['’](?:nin|nın|in|ın|un|ün|den|dan|ten|tan|de|da|te|ta|ye|ya|e|a|ne|na))?"
_UNION = (
    r"(?:sendika|sendikanın|sendikası|sendikasının|(?-i:Türk-İş|DİSK|Hak-İş|Türk Metal|Birleşik Metal|KESK|Memur-Sen))"
)

TURKISH_POLITICAL = (
    (
        r"\b" + _PARTY + _CASE + r" (?:seçim (?:bürosunda|ofisinde|çalışmalarında|kampanyasında)|kampanyasında|"
        r"(?:gençlik|kadın) kollarında|(?:il|ilçe) örgütünde|(?:il|ilçe) yönetiminde)\b|"
        r"\b" + _PARTY + r" (?:üyesi|üyesidir|delegesi|gönüllüsü|(?:il|ilçe) başkanı|(?:il|ilçe) başkan "
        r"yardımcısı|(?:belediye )?meclis üyesi)\b|"
        r"\b" + _PARTY + r"['’](?:den|dan|ten|tan) (?:\w+ ){0,2}?adayı?\b|"
        r"\b" + _PARTY + r"['’](?:ye|ya|e|a) oy (?:veriyor|verdi|verir|verecek|vermiş)\b|"
        r"\b" + _PARTY + r"['’](?:li|lı|lu|lü)(?! (?:belediye|belediyeler|yönetim|hükümet|vekiller))\b",
        "person",
    ),
)
TURKISH_UNIONS = (
    (
        r"\b" + _UNION + r" (?:temsilcisi|temsilcimiz|başkanı|şube başkanı|işyeri temsilcisi|üyesi|delegesi)\b|"
        r"\bsendikal? (?:temsilci|baş temsilci|delege)(?:si)?\b",
        "person",
    ),
)
