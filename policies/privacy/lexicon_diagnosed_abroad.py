"""Health cues for a diagnosis given to someone, told in Portuguese, Spanish, Italian, French, Dutch, Polish or
German, whatever the condition is ("o filho dela foi diagnosticado com autismo", "le diagnosticaron fibromialgia",
"werd gediagnosticeerd met ADHD", "zdiagnozowano u niej", "bei ihm wurde ... diagnostiziert"), and autism said of
someone ("é autista", "tiene autismo", "jest w spektrum autyzmu").

Senses that must stay quiet: a fault diagnosed in a machine or a process ("a falha foi diagnosticada com a
ferramenta", "el problema fue diagnosticado con el equipo de soporte"), so what follows "com"/"con" may not be the
definite article a tool takes; and autism as a cause or an audience ("a campanha de conscientização do autismo",
"una fundación para el autismo"), so autism needs a person's verb of having or being."""

from __future__ import annotations

# diagnosed with: the passive, and the active with the person as its indirect object ("le diagnosticaron")
_DIAGNOSED = (
    r"\b(?:foi|foram|fue|fueron|ha sido|han sido|tinha sido|había sido|est[áa]) diagnosticad[oa]s?|"
    r"\b(?:werd|is|ben|was|zijn) (?:\w+ ){0,3}?gediagnosticeerd"
)
# a tool's or a team's definite article after "com"/"con" ("com a ferramenta", "con el equipo")
_NOT_A_TOOL = r"(?! (?:a|o|as|os|la|el|los|las|il|lo|de|het)\b)"
_DIAGNOSIS = (
    r"(?:" + _DIAGNOSED + r") (?:com|con|de|met)\b" + _NOT_A_TOOL + r"|"
    r"\b(?:le|les|lhe|lhes|gli) (?:diagnosticaram|diagnosticaron|diagnosticou|diagnostic[óo]|han diagnosticado|"
    r"hanno diagnosticato|ha diagnosticato|è stat[oa] diagnosticat[oa]|[èe] stata diagnosticata)\b|"
    r"\bdiagnosticaram-(?:lhe|no|na)\b|\bon lui a diagnostiqué\b|\ba été diagnostiquée? (?:avec|comme)\b|"
    r"\bkreeg (?:de|een) diagnose\b|\bzdiagnozowano u (?:niego|niej|niego już|mnie|jego|jej)\b|"
    r"\b(?:zosta[lł]a?|jest) zdiagnozowan[yaie]\b|\bbei (?:ihm|ihr|mir) wurde (?:\w+ ){1,4}?diagnostiziert\b"
)
# autism said of someone: a verb of being autistic, having it, or being on its spectrum
_AUTISM = (
    r"\b(?:é|es|está|son|são|est|is|jest|ist) (?:\w+ )?autist[aey]?\b|"
    r"\b(?:tem|tiene|heeft|ma|hat) (?:\w+ )?(?:autismo|autisme|autismus|autyzm)\b|"
    r"\b(?:no|en el|nello|nel|dans le|op het|w) (?:espectro|spettro|spectre|spectrum|spektrum) (?:do |del |dello |"
    r"de l['’]|van het |)(?:autismo|autisme|autista|autistico|autystycznym|autyzmu)\b"
)

DIAGNOSED_ABROAD = ((_DIAGNOSIS, "person"), (_AUTISM, "person"))
