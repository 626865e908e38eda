"""Trade-union membership told by what a member does (GDPR Art. 9): dues paid to a union, a seat on one of
its committees ("pays her dues to E tū", "sits on the Unite regional committee", "... and sits on its delegate
committee"), and a seat won or held for a named union in French, Spanish, Portuguese or Italian ("est élue CGT au
CSE", "salió elegida por CCOO", "è stato eletto FIOM nella RSU").

Senses that must not match: a works-council seat with no union named ("élue au CSE"), the union itself elected
("la CGT a été élue première organisation"), dues paid figuratively ("paid his dues in sales"), a credit union's
board, a firm whose name starts like a union's ("the board of Unite Group"), and a committee with no union in the
sentence.
"""

from __future__ import annotations

from policies.privacy.lexicon_unions import _A_UNION_HERE, _NOT_LABOUR, _UNION, _UNION_WORD

# a union named, and not as the first word of a firm's name ("Unite Students", "Unison Capital")
_NAMED = _UNION + r"\b(?! (?-i:[A-Z]))"
_A_UNION = r"(?:(?!" + _NOT_LABOUR + r")(?:[\w'’.-]+ ){0,2}?" + _UNION_WORD + r"\b(?! of\b)|" + _NAMED + r")"
# a union's own bodies; a "board" is as often a firm's, so it is left out
_BODY = r"(?:committee|executive|council|panel|negotiating team|bargaining team)s?\b"
# elected, delegated or representing, in the languages whose works councils seat union lists
_ELECTED_ABROAD = (
    r"(?:élue?s?|délégué(?:e)?s?|représentante?s?|elegid[oa]s?|electo|electa|delegad[oa]s?|representante|"
    r"elett[oa]|delegat[oa]|rappresentante|eleit[oa]s?)"
)
_SITS = (
    r"(?:sits?|sat|sitting|serves?|served|serving|(?:was |been |got |is |'s )?elected|(?:was |been |got |is |'s )?"
    r"co-opted|is|was|'s) (?:\w+ )?(?:on|to)"
)

UNION_ACTS = (
    (
        # dues paid to a union ("pays her dues to E tū", "has paid subs to the GMB since 1998")
        r"\b(?:pays?|paid|paying|keeps? up|kept up|keeping up) (?:his |her |my |their |your )?(?:monthly |annual |"
        r"yearly |weekly )?(?:union )?(?:dues|subs|subscriptions?|membership fees?) (?:\w+ )?(?:to|for|into|with) "
        r"(?:the |a |his |her |my |their )?" + _A_UNION,
        "person",
    ),
    (
        # a seat on a named union's committee, the union before or after it ("on the Unison branch committee",
        # "on the executive of the RMT"), or said as "its" after the union ("joined Unite and sits on its
        # regional council")
        r"\b"
        + _SITS
        + r" (?:the |a |its )?"
        + _NAMED
        + r"(?:'s|’s)? (?:[\w'’-]+ ){0,2}?"
        + _BODY
        + r"|\b"
        + _SITS
        + r" (?:the |a )?(?:[\w'’-]+ ){0,2}?"
        + _BODY
        + r" (?:of|for|at) (?:the )?"
        + _NAMED
        + r"|"
        + _A_UNION_HERE
        + r"[^.!?\n]{0,80}?\b"
        + _SITS
        + r" (?:its|their) (?:[\w'’-]+ ){0,2}?"
        + _BODY,
        "person",
    ),
    (
        # a seat won or held for a named union ("élue CGT au CSE", "elegida por CCOO", "eletto FIOM")
        r"\b"
        + _ELECTED_ABROAD
        + r" (?:syndicale? |sindical |sindacale )?(?:sur la liste |nella lista |en la lista |na lista )?(?:pour |por |"
        r"pela |pelo |per |de |del |della |da |do |du |de la )?(?:la |el |il |a |o |los |les )?" + _NAMED,
        "person",
    ),
)
