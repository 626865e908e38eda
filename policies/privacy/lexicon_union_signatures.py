"""Trade-union cues for a union office shown in an e-mail signature, or a union's own meeting a person attends
told in Dutch, German, French or English: a signature line "Unite the Union - Health & Safety Rep, Leeds branch"
or "Shop Steward | GMB", "zijn maandelijkse ACV-ledenvergadering", "seine IG-Metall-Mitgliederversammlung",
"sa réunion de section CGT", and a Dutch union post by its compound ("vakbondsafgevaardigde").

Senses that must stay quiet: a union named in news with its officials ("Unite general secretary Sharon Graham
said ...", a whole sentence, not a signature line), a firm's or a club's members' meeting ("de ledenvergadering van
de tennisclub"), and a sales rep at a company ("Account Rep | Unite Students")."""

from __future__ import annotations

from policies.privacy.lexicon_union_names import UNION_NAME

_ROLE = (
    r"(?:(?:[\w&/-]+ ){0,4}?(?:Rep|Reps|Representative|Steward|Convenor|Convener|Secretary|Chair|Chairperson|"
    r"Treasurer|Delegate|Organi[sz]er|Officer|Branch Officer|Equalities Officer|Learning Rep|Member))"
)
_UNION = r"(?:" + UNION_NAME + r")(?: the Union| Union| Trade Union)?"
# a line that is only a union and a post, with a branch after it, as signatures stack them
_BRANCH = r"(?:\s*[,|–—-]\s*(?:[\w&'’-]+ ){0,4}?(?:[Bb]ranch|[Cc]hapel|[Ll]ocal(?: \d+)?|[Ss]ection|[Dd]epot|[Ss]ite))?"
_SEP = r"\s*[-–—|,:/]\s*"

UNION_SIGNATURES = (
    (
        r"^\s*" + _UNION + _SEP + _ROLE + r"\b" + _BRANCH + r"\s*$|"
        r"^\s*" + _ROLE + _SEP + _UNION + r"\b" + _BRANCH + r"\s*$",
        "self",
    ),
    (
        # the union's own meeting, as one's own ("zijn ACV-ledenvergadering", "ihre Verdi-Mitgliederversammlung")
        r"\b(?:zijn|haar|mijn|hun|his|her|my|their|sein(?:e|er|en)?|ihr(?:e|er|en)?|son|sa|leur) (?:\w+ ){0,2}?"
        r"(?:" + UNION_NAME + r")[- ](?:ledenvergadering|afdelingsvergadering|bestuursvergadering|vergadering|"
        r"kadervergadering|Mitgliederversammlung|Versammlung|Vertrauensleutesitzung|Sitzung|assemblée|réunion|"
        r"members['’]? meeting|branch meeting|branch|chapel meeting)\b|"
        r"\b(?:secretaris|voorzitter|penningmeester|bestuurslid|afgevaardigde|delegee|militant) (?:\w+ ){0,2}?"
        r"(?:van|bij) (?:de |het |zijn |haar )?(?:" + UNION_NAME + r")[- ](?:afdeling|ledenvergadering|kern)\b|"
        r"\bvakbonds(?:afgevaardigde|vertegenwoordiger|secretaris|delegee|delegé|lid|kaderlid|militant|man|vrouw)\b",
        "person",
    ),
)
