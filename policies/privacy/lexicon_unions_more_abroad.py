"""Trade-union cues in French, Spanish, Portuguese, Italian, Finnish and Danish: a person on union training ("suit
un stage de formation syndicale de la CFDT", "hace un curso de formación sindical"), a person's own union by the
Finnish possessive ending ("hänen ammattiliittonsa", "ammattiliittoni juristi") or a Danish possessive ("hans
fagforening"), and membership said outright ("on Pron jäsen", "er medlem af 3F").

Senses that must stay quiet: training sold or written for a union ("vend des modules de formation syndicale à la
CFDT"), and a union as a party to talks ("Ammattiliitto Pro neuvottelee", "fagforeningen forhandler"): so the
training needs a verb of attending and the union a possessive or a member."""

from __future__ import annotations

_ATTEND = (
    r"(?:suit|suivait|suivra|suivre|fait|fera|participe|participera|assiste|est en|part en|hace|hará|hizo|asiste|"
    r"participa|está en|está haciendo|faz|fará|fez|está em|está fazendo|frequenta|segue|partecipa|fa|sta facendo)"
)
_ARTICLE = r"(?:(?:à|a|em|en|in|de|ao|al|alla|du|el|la|le|um|uma|un|una|une|uno|sa|son|su|seu|sua|des|uns|unos) )"
_TRAINING = r"(?:formation syndicale|formaci[óo]n sindical|forma[çc][ãa]o sindical|formazione sindacale)"
_FI_UNIONS = r"(?:ammattiliiton|liiton|(?-i:Pron|JHL:n|Tehyn|Akavan|TEK:n|PAM:n|Jytyn|OAJ:n|SAK:n|Metalliliiton))"
_DK_UNIONS = r"(?:fagforening(?:en)?|(?-i:HK|3F|FOA|DJØF|Djøf|IDA|Dansk Metal|Krifa|BUPL|DLF))"

UNIONS_MORE_ABROAD = (
    (r"\b" + _ATTEND + r" " + _ARTICLE + r"{0,3}(?:[\w-]+ ){0,3}?" + _TRAINING + r"\b", "person"),
    # Finnish: the possessive ending makes it someone's ("ammattiliittonsa", "ammattiliitossaan", "ammattiliittoni")
    (r"\bammattiliit\w*?(?:nsa|nsä|ni|si|aan)\b", "person"),
    (r"\b(?:on|oli|olen|olin|ollut) (?:\w+ )?" + _FI_UNIONS + r" (?:jäsen|jäsenenä|luottamusmies)\b", "person"),
    (
        r"\b(?:hans|hendes|min|sin) fagforening\b|\b(?:er|var|blev|bliver) (?:\w+ )?medlem (?:af|i) " + _DK_UNIONS,
        "person",
    ),
)
