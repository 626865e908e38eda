"""Genetic-biometric cues for one person's fingerprint, face template or voice sample, said in the languages a
rep's notes come in: Polish "jego odcisk palca", Swedish "Johans ansiktsmall", German "ihren Fingerabdruck",
Dutch "zijn vingerafdruk", French "ses empreintes digitales", Spanish "su huella dactilar", Italian "la sua
impronta digitale", Portuguese "a impressão digital dele".

Senses that must stay quiet: the feature or the data as a product's or a workforce's ("czytnik odcisków palców",
"systemet lagrar ansiktsmallar", "Fingerabdruck-Login abschalten", "les empreintes des employés"): so the
template must be owned by one person (a possessive, or a name's genitive)."""

from __future__ import annotations

# whose it is: a singular possessive, or (Swedish, German) a name's genitive "Johans", "Annas"
_WHOSE = (
    r"(?:jego|jej|hans|hennes|(?-i:[A-ZÅÄÖ][a-zåäö]{2,}s)|seinen?|seine[mr]?|ihren?|ihre[mr]?|zijn|haar|"
    r"son|sa|ses|su|sus|la sua|il suo|le sue|i suoi|sua|seu|suas|seus)"
)
_TEMPLATE = (
    # Polish (with or without diacritics), Swedish, German, Dutch
    r"(?:odcisk(?:i)? palc(?:a|ów|ow)|pr[óo]bk[aęe] g[łl]osu|wz[óo]r(?:zec)? twarzy|skan twarzy|"
    r"ansiktsmall|ansiktsdata|fingeravtryck|r[öo]stavtryck|irismall|Fingerabdr[üu]cke?|Gesichtsvorlage|"
    r"Gesichtsdaten|Stimmprofil|Stimmprobe|vingerafdruk(?:ken)?|gezichtsscan|gezichtssjabloon|stemprofiel|"
    # French, Spanish, Italian, Portuguese
    r"empreintes? digitales?|empreinte vocale|gabarit facial|huellas? dactilar(?:es)?|huella digital|"
    r"plantilla facial|muestra de voz|impront[ae] digital[ie]|campione vocale|impress(?:ão|ões) digita(?:l|is))"
)

BIOMETRICS_ABROAD = ((r"\b" + _WHOSE + r" (?:\w+ )?" + _TEMPLATE + r"\b", "person"),)
