"""Health and criminal records in Turkish, said of a person or a relative ("annem Alzheimer hastası", "babası
ameliyat oldu", "eşi gözaltına alındı", "kardeşi tutuklandı", "hapis cezası aldı"). No lexicon read Turkish but
for Bayram (:mod:`.lexicon_bayram`); relatives by their possessive forms are :mod:`.persons_translit`'s.

Senses that must stay quiet: an investigation of a firm by an authority ("Rekabet Kurumu soruşturması"), goods
held at customs ("gümrükte tutuldu"), and a hospital as a customer ("hastane projesi"): an investigation counts
only with a detention or charge, and a hospital only with someone lying in it."""

from __future__ import annotations

_ILLNESS = (
    r"(?:alzheimer|kanser|şeker|seker|kalp|böbrek|bobrek|parkinson|ms|demans|lösemi|losemi|epilepsi|astım|"
    r"astim|otizm|verem|covid|korona|diyabet|depresyon|sara|kronik)"
)

TURKISH_HEALTH = (
    (
        r"\b" + _ILLNESS + r" hastas[ıi](?:dır|ydı|ymış|y[ıi]z|n[ıi]n|yd[ıi])?(?:\b|(?=[ ,.;]))|"
        r"\b(?:ameliyat|kemoterapi|radyoterapi|diyaliz)(?: (?:oldu|olacak|olmuş|oluyor|geçirdi|geçiriyor|görüyor|"
        r"alıyor|ediliyor|edildi)|(?:ye|ya) (?:girdi|giriyor|giriyor|başladı))\b|"
        r"\bhastanede (?:yatıyor|yatırıldı|kalıyor|tedavi görüyor)\b|\bhastaneye kaldırıldı\b|"
        r"\b(?:kalp krizi|felç|inme) geçirdi\b",
        "person",
    ),
)
TURKISH_CRIMINAL = (
    (
        r"\bgözaltına (?:alındı|alınmış|alındığını|alınmıştı)\b|\btutuklan(?:dı|mış|dığını|arak)\b|"
        r"\b(?:hapis|hapse|cezaevine) (?:cezası aldı|cezası almış|girdi|girmiş|mahkum oldu|atıldı)\b|"
        r"\b(?:mahkum|mahkûm) (?:oldu|olmuş|edildi)\b|\byargılanıyor\b|\bsabıka(?:lı| kaydı var)\b|"
        r"\bhakkında (?:\w+ ){0,2}(?:soruşturma|dava|kovuşturma)(?:sı)? açıl(?:dı|mış)\b",
        "person",
    ),
)
