"""Trade-union cues for a person chairing or leading a union's own meeting, said in German, Spanish, French,
Italian or Portuguese: "sie leitet die Sitzung der Vertrauensleute", "preside la asamblea de afiliados de UGT",
"préside l'assemblée générale de la section CGT", "presiede l'assemblea degli iscritti FIOM", "preside a
assembleia do sindicato". Running the members' meeting is an office in the union, as "chairs the Unite branch
meeting" is in English (:mod:`.lexicon_unions`).

Senses that must stay quiet: a firm's or shareholders' meeting ("leitet die Sitzung des Vorstands", "preside la
asamblea de accionistas"), a party's members ("la asamblea de afiliados del PSOE"), and a union's meeting told as
news with nobody leading it ("la asamblea de UGT aprobó la huelga"): so the meeting needs a union by name or
word, and a verb of chairing."""

from __future__ import annotations

from policies.privacy.lexicon_union_names import UNION_NAME

_UNION = r"(?:" + UNION_NAME + r"|sindicato|sindacato|syndicat|Gewerkschaft)"

UNION_MEETINGS = (
    (
        # German: "leitet am Dienstag die Sitzung der IG-BCE-Vertrauensleute" (the stewards' body is the union's)
        r"\b(?:leitet|leitete|moderiert|moderierte|eröffnet|führt) (?:\w+ ){0,3}?(?:die|eine) (?:Sitzung|"
        r"Versammlung|Mitgliederversammlung|Runde|Klausur|Tagung) (?:der|des) (?:[\w-]+-)?(?:Vertrauensleute|"
        r"Vertrauenskörpers|Gewerkschaft)\b|"
        r"\b(?:leitet|leitete|moderiert|moderierte|eröffnet) (?:\w+ ){0,3}?(?:die|eine) (?:Sitzung|Versammlung|"
        r"Mitgliederversammlung|Tagung) (?:der|des|von) " + UNION_NAME + r"\b|"
        # Spanish and Portuguese
        r"\b(?:preside|presidirá|presidira|presidió|presidiu|coordina|coordena|dirige|conduz|modera) (?:\w+ ){0,2}?"
        r"(?:la |a )?(?:asamblea|assembleia|reunión|reunião|junta) (?:general |geral )?(?:de (?:afiliad[oa]s|"
        r"delegad[oa]s|trabajadores) |dos (?:associados|sindicalizados|filiados|delegados) )?(?:de |del |do |da )?"
        + _UNION
        + r"\b|"
        r"\b(?:preside|presidirá|presidió|presidiu|coordina|coordena) (?:\w+ ){0,2}?(?:la |a )?(?:asamblea|"
        r"assembleia) sindical\b|"
        # French
        r"\b(?:préside|présidera|présidait|anime|animera) (?:\w+ ){0,2}?(?:l['’]assemblée|la réunion|le congrès) "
        r"(?:générale )?(?:des (?:adhérents|syndiqués|délégués) )?(?:de la section |de la |du |de l['’])?"
        r"(?:syndicale\b|" + _UNION + r"\b)|"
        # Italian
        r"\b(?:presiede|presiederà|presiedeva|coordina) (?:\w+ ){0,2}?(?:l['’]assemblea|la riunione|il direttivo) "
        r"(?:sindacale\b|(?:degli iscritti |dei delegati )?(?:della |del |di )?" + _UNION + r"\b)",
        "person",
    ),
)
