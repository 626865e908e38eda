"""Health cues for the writer's own operation or crutches, told in Portuguese, Spanish or Italian: "Fui operada
ao joelho", "estou de muletas", "me operaron de la rodilla", "ando con muletas", "mi hanno operato". The verb is
the first person, so the cue names whose it is (the ``self`` gate).

Senses that must stay quiet: someone else operated on or a machine operated ("a máquina foi operada", "o
paciente foi operado"), and crutches as things sold or lent ("a loja vende muletas")."""

from __future__ import annotations

SURGERY_ABROAD = (
    (
        r"\b(?:fui operad[oa]|(?:estou|ando|fiquei|vou ficar) de muletas|me (?:operaron|operan|van a operar|"
        r"tienen que operar)|(?:estoy|ando|voy) con muletas|(?:mi hanno|devono) operat[oa]|sono stat[oa] operat[oa]|"
        r"(?:sono|vado) con le stampelle)\b",
        "self",
    ),
)
