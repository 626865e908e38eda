"""Genetic-biometric cues for one person's fingerprint, face template or voice sample, said in the languages a
rep's notes come in: Polish "jego odcisk palca", Swedish "Johans ansiktsmall", German "ihren Fingerabdruck",
Dutch "zijn vingerafdruk", French "ses empreintes digitales", Spanish "su huella dactilar", Italian "la sua
impronta digitale", Portuguese "a impressão digital dele".

Senses that must stay quiet: the feature or the data as a product's or a workforce's ("czytnik odcisków palców",
"systemet lagrar ansiktsmallar", "Fingerabdruck-Login abschalten", "les empreintes des employés"): so the
template must be owned by one person (a possessive, or a name's genitive), or, in Polish, be named as a titled
person's after it ("nagranie próbki głosu Pana Tomasza Nowaka", "odcisk palca pani Ewy"), the form declined as
the sentence needs it."""

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

# the same Polish templates in the cases a sentence puts them in ("próbki głosu", "odcisków palców", "skanu twarzy")
_POLISH_DECLINED = (
    r"(?:(?:pr[óo]bk(?:a|i|ę|e|ą)|pr[óo]bek|nagrani(?:e|a|u)) g[łl]osu|odcisk(?:i|u|ów|ow|iem|ami)? "
    r"palc(?:a|ów|ow|ami)|(?:skan(?:u|em)?|wzor(?:zec|ca|cem)?|szablon(?:u|em)?) twarzy)"
)
# a titled person after it, whose it is ("Pana Tomasza", "pani Ewy", "Panu Nowakowi"); the title names one person
_POLISH_OWNER = r"(?:[Pp]ana|[Pp]ani|[Pp]anu|[Pp]anią) (?-i:[A-ZĄĆĘŁŃÓŚŹŻ])"

BIOMETRICS_ABROAD = (
    (r"\b" + _WHOSE + r" (?:\w+ )?" + _TEMPLATE + r"\b", "person"),
    (r"\b" + _POLISH_DECLINED + r" " + _POLISH_OWNER, "self"),
)
