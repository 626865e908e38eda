"""Genetic-biometric cues for one person's fingerprint, face template or voice sample, said in the languages a
rep's notes come in: Polish "jego odcisk palca", Swedish "Johans ansiktsmall", German "ihren Fingerabdruck",
Dutch "zijn vingerafdruk", French "ses empreintes digitales", Spanish "su huella dactilar", Italian "la sua
impronta digitale", Portuguese "a impressão digital dele".

Senses that must stay quiet: the feature or the data as a product's or a workforce's ("czytnik odcisków palców",
"systemet lagrar ansiktsmallar", "Fingerabdruck-Login abschalten", "les empreintes des employés"): so the
template must be owned by one person (a possessive, or a name's genitive), or, in Polish, be named as a titled
person's after it ("nagranie próbki głosu Pana Tomasza Nowaka", "odcisk palca pani Ewy"), the form declined as
the sentence needs it; or, stored ("są zarejestrowane", "pobraliśmy"), be a given name's in the genitive
("odciski palców Kasi i Piotra")."""

from __future__ import annotations

from policies.privacy.lexicon_descent_abroad import _GIVEN

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
    r"plantilla facial|muestra de voz|impront[ae] digital[ie]|campione vocale|impress(?:ão|ões) digita(?:l|is)|"
    # a voice or face kept to know someone by ("huella de voz", "impressão vocal", "biometria facial")
    r"huellas? (?:de voz|vocal|facial)|impress(?:ão|ões) vocal|impronta vocale|biometr[íi]a (?:de voz|vocal|facial)|"
    r"firma vocal|stemafdruk|Stimmabdruck)"
)

# the same Polish templates in the cases a sentence puts them in ("próbki głosu", "odcisków palców", "skanu twarzy")
_POLISH_DECLINED = (
    r"(?:(?:pr[óo]bk(?:a|i|ę|e|ą)|pr[óo]bek|nagrani(?:e|a|u)) g[łl]osu|odcisk(?:i|u|ów|ow|iem|ami)? "
    r"palc(?:a|ów|ow|ami)|(?:skan(?:u|em)?|wzor(?:zec|ca|cem)?|szablon(?:u|em)?) twarzy)"
)
# a titled person after it, whose it is ("Pana Tomasza", "pani Ewy", "Panu Nowakowi"); the title names one person
_POLISH_OWNER = r"(?:[Pp]ana|[Pp]ani|[Pp]anu|[Pp]anią) (?-i:[A-ZĄĆĘŁŃÓŚŹŻ])"

# the Spanish and Portuguese templates, which put their owner after them (each its own literal for the prefilter)
_IBERIAN_TEMPLATE = (
    r"(?:huellas? (?:dactilar(?:es)?|digital(?:es)?|de voz|vocal|facial)|impress(?:ão|ões) (?:digita(?:l|is)|vocal)|"
    r"biometr[íi]a (?:de voz|vocal|facial)|plantilla facial|muestra de voz|firma vocal)"
)
# a named person after it, whose it is ("la huella dactilar de Carmen", "a impressão digital do Rui Costa"): a
# given name the lists know, so that a maker's ("el lector de huella digital de Samsung") is none
_OWNER_AFTER = r" (?:de|del|do|da) (?-i:" + _GIVEN + r")\b"
# a voice or face of a named person kept as a template ("tiene registrada la voz de Carmen Soto como huella de
# voz", "guardou o rosto da Ana como biometria facial")
_KEPT_AS = (
    r"\b(?:la|a|su|sua) (?:voz|cara|rostro|iris|íris) (?:de|del|do|da) (?-i:" + _GIVEN + r")(?: (?-i:[A-Z])[\w-]+)? "
    r"(?:\w+ ){0,2}?como (?:su |sua |una |uma )?" + _IBERIAN_TEMPLATE
)

# Polish given names after it in the genitive, one or two ("odciski palców Kasi i Piotra"), whose templates a
# verb then says are stored ("są już zarejestrowane", "zostały pobrane"), or a verb before did so ("zarejestrowaliśmy
# odciski palców Anny"): stored, a capitalised genitive is a person's, not a maker's ("czytnik odcisków Suprema")
_POLISH_NAMES = r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)(?: (?:i|oraz) (?-i:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+))?"
_POLISH_STORED = r"(?:zarejestrowan|zapisan|pobran|zeskanowan|dodan|wprowadzon|wczytan|skonfigurowan)(?:e|y|a|o|ych)"
_POLISH_STORING = r"(?:zarejestrowa|zapisa|pobra|zeskanowa|doda|wprowadzi|wczyta)(?:[łl][aoyi]?|li[śs]my|[łl]em|[łl]am)"
_POLISH_NAMED_STORED = (
    r"\b" + _POLISH_DECLINED + r" " + _POLISH_NAMES + r" (?:\w+ ){0,2}?" + _POLISH_STORED + r"\b|"
    r"\b" + _POLISH_STORING + r" (?:ju[żz] |dzi[śs] |wczoraj )?" + _POLISH_DECLINED + r" " + _POLISH_NAMES + r"\b"
)

BIOMETRICS_ABROAD = (
    (r"\b" + _WHOSE + r" (?:\w+ )?" + _TEMPLATE + r"\b", "person"),
    (r"\b" + _POLISH_DECLINED + r" " + _POLISH_OWNER, "self"),
    # the match names whose it is, so it is its own person (the gate reads names inside a cue as none)
    (r"\b" + _IBERIAN_TEMPLATE + _OWNER_AFTER, "self"),
    (_KEPT_AS, "self"),
    (_POLISH_NAMED_STORED, "self"),
)
