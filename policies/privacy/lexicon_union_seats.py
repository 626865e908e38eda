"""Trade-union cues for a seat a person holds for a union on a body: the union's bargaining committee by its
German name ("sitzt für die IG Metall in der Tarifkommission", "wurde in die Tarifkommission der IG BCE gewählt"),
a works council or a committee sat on for a named union ("sitzt für ver.di im Betriebsrat", "siège au CSE pour
la CGT", "está en la mesa negociadora por CCOO", "sits for Unite on the pay committee"), and election to a
union's negotiating committee ("was elected to the union negotiating committee").

A works council seat alone is a workplace office, not a union's: only a union named with it, or the union's own
bargaining committee (the Tarifkommission), makes it one. Senses that must stay quiet: the body as an actor with
no one's seat in it ("die Tarifkommission hat das Angebot abgelehnt", "the IG Metall committee rejected it"),
a works council seat with no union ("sitzt im Betriebsrat"), and a firm's own committee."""

from __future__ import annotations

from policies.privacy.lexicon_union_names import UNION_NAME

_UNION = r"(?=(?-i:[A-Z0-9])|ver\.di)" + UNION_NAME
# the bodies a union's people sit on, in German, French, Spanish and Italian
_BODY_DE = (
    r"(?:Tarifkommission|Verhandlungskommission|Große[rn]? Tarifkommission|Betriebsrat|Personalrat|Aufsichtsrat|"
    r"Vertreterversammlung|Ortsvorstand|Bezirksvorstand|Vertrauenskörper|Vertrauenskörperleitung)"
)
_GERMAN = (
    # for the union on a body ("sitzt für die IG Metall in der Tarifkommission", "ist für ver.di im Betriebsrat")
    r"\b(?:sitzt|saß|sass|ist|war|wurde|kandidiert|arbeitet|engagiert sich) (?:\w+ ){0,3}?für (?:die |den )?"
    + _UNION
    + r" (?:\w+ ){0,2}?(?:in der|im|in den|in die|als Mitglied der|als Mitglied des) "
    + _BODY_DE
    + r"\b|"
    # in the union's bargaining committee, or elected to it ("sitzt in der Tarifkommission der IG Metall")
    r"\b(?:sitzt|saß|sass|ist|war|wurde|wird) (?:\w+ ){0,3}?(?:in der|in die|Mitglied der) (?:Großen |großen )?"
    r"(?:Tarifkommission|Verhandlungskommission)(?: der| von der| bei der)? (?:" + _UNION + r"\b|(?:\w+ ){0,3}?"
    r"(?:gewählt|berufen|entsandt|gekommen)\b)|"
    # the bargaining committee's seat with no union named: a person's place in it, which only a union has
    r"\b(?:sitzt|saß|sass) (?:\w+ ){0,3}?(?:für (?:die |den )?(?:Gewerkschaft|Belegschaft) )?in der (?:Großen |"
    r"großen )?Tarifkommission\b"
)
# French and Spanish: a seat on a works body for a named union ("siège au CSE pour la CGT", "élue CGT au CSE" is
# read elsewhere; "en la comisión negociadora por CCOO")
_ROMANCE = (
    r"\b(?:siège|siégeait|siégé|siéger|sit|est|était|élue?|a été élue?) (?:\w+ ){0,2}?(?:au|à la|dans la|dans le) "
    r"(?:CSE|comité social et économique|comité d'entreprise|CE|commission paritaire) "
    r"(?:\w+ ){0,2}?(?:pour|au nom de|sous l'étiquette|sur la liste) (?:la |le |de la |du )?" + _UNION + r"\b|"
    r"\b(?:está|estaba|se sienta|forma parte de|es miembro de|participa en) (?:\w+ ){0,2}?(?:en )?(?:la|el) "
    r"(?:mesa negociadora|comisión negociadora|comité de empresa|junta de personal|mesa de negociación) "
    r"(?:\w+ ){0,2}?(?:por|de|en nombre de) (?:la |el )?" + _UNION + r"\b"
)
# English: sitting for a named union on a body, or elected to the union's committee
_ENGLISH = (
    r"\b(?:sits?|sat|sitting|serves?|served|serving) (?:for|on behalf of) (?:the )?" + _UNION
    + r" (?:on|in) (?:the |a |their |its )?(?:\w+ ){0,3}?(?:committee|council|board|panel|team|forum)\b|"
    r"\b(?:represents?|represented|representing) (?:the )?" + _UNION + r" (?:on|in) (?:the |a |their |its )?"
    r"(?:\w+ ){0,3}?(?:committee|council|board|panel|team|forum)\b|"
    r"\b(?:(?:was|got|been|is|were|just|newly) )?(?:elected|voted|appointed|co-opted) (?:on)?to (?:the |a |his "
    r"|her |their )?(?:local |branch |site |plant |national )?(?:union(?:'s)?|" + _UNION + r") (?:\w+ )?"
    r"(?:negotiating|bargaining|executive|strike|branch) (?:committee|team|board)\b"
)  # fmt: skip

UNION_SEATS = ((_GERMAN, "person"), (_ROMANCE, "person"), (_ENGLISH, "person"))
