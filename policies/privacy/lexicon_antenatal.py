"""Health cues for a pregnancy told by its care, or in the languages a rep's notes mix in (LABELS.md: health
includes pregnancy): an antenatal or prenatal appointment, a scan or a midwife's visit ("antenatal scan +
midwife", "her 20-week scan", "booked in with the midwife"), and being pregnant in Spanish, Portuguese,
French, Italian, German and Dutch ("está embarazada", "est enceinte", "ist schwanger", "is zwanger").

Senses that must stay quiet: the care as a service or a product ("our antenatal clinic software", "the
midwife rota module", "prenatal vitamins in the range"), and a midwife who is the contact's job ("she is a
midwife", "the midwives' union")."""

from __future__ import annotations

# what is sold or run for pregnancy care, by the word after it: a product, a service, a buyer
_AS_A_SERVICE = (
    r"(?! (?:software|system|module|platform|app|apps|product|products|range|market|vitamins|supplements|"
    r"services?|department|unit|team|ward|staff|contract|tender|pathway|booking system|portal|rota|budget|"
    r"funding|provider|providers|sector)\b)"
)
_VISIT = r"(?:scan|appointment|appt|check-?up|check|clinic|class|classes|visit|booking|bloods|screening|ultrasound)"

ANTENATAL = (
    (
        # an antenatal or prenatal visit, or a scan by its week ("antenatal scan", "20-week scan", "dating scan")
        r"\b(?:ante-?natal|pre-?natal|obstetric|ob-?gyn|maternity) " + _VISIT + r"s?\b" + _AS_A_SERVICE + r"|"
        r"\b(?:\d{1,2}|twelve|twenty)[- ]?(?:week|wk) (?:anomaly |dating |growth )?scan\b|\b(?:dating|anomaly|"
        r"nuchal|growth) scan\b|"
        # a midwife seen, or in a calendar block beside a scan ("scan + midwife", "sees the midwife")
        r"\b(?:see|sees|seeing|saw|seen|with|meet|meets|meeting|met|visit from|appointment with|appt with|"
        r"booked in with|scan (?:\+|and|&)) (?:the |her |a |their )?midwife\b(?!['’]?s)",
        "person",
    ),
    (
        # being pregnant in the languages of a rep's notes: an adjective said of someone ("está embarazada",
        # "ist schwanger", "est enceinte", "è incinta", "is zwanger", "está grávida")
        r"\b(?:embarazada|encinta|gr[áa]vida|enceinte|incinta|schwanger|zwanger|in (?:der|de) \d+\. (?:SSW|week))"
        r"\b|\b(?:est[áa]|estaba|est|[èe]|ist|is|was) (?:\w+ )?(?:embarazo|gravidez|grossesse|gravidanza|"
        r"Schwangerschaft|zwangerschap)\b|\b(?:mutterschutz|baja (?:de|por) maternidad|licen[çc]a[- ]maternidade|"
        r"cong[ée] (?:de )?maternit[ée]|zwangerschapsverlof)\b",
        "person",
    ),
)
