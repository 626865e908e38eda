"""Religion cues for a person who attends services, named with no faith or house before them ("is now attending
church with her fiancé's family", "attends Mass on Sundays", "started attending Friday prayers").
:mod:`.lexicon_religion` takes "goes to church"; :mod:`.lexicon_churchgoing` takes a named faith's church.

Senses that must stay quiet: a church's or mass's other senses ("attending church-run job fairs", "attending mass
adoption webinars", "attending the church council's procurement meeting", where an article makes it a building or
a body), and events a firm attends."""

from __future__ import annotations

ATTENDED_SERVICES = (
    (
        r"\b(?:attends?|attending|attended|started attending|stopped attending) (?:(?:church|chapel|synagogue|shul|"
        r"mosque|temple|gurdwara)(?![\w-])(?! (?:leaders|council|board|events?|fairs?|fundraisers?|meetings?|"
        r"premises|halls?|grounds|properties|property|schools?|sales?)\b)|(?-i:Mass)\b|mass(?! (?:production|market|"
        r"adoption|scale|rollout|email|emails|mailings?|marketing|events?)\b)(?![\w-])|Friday prayers|"
        r"(?:Sunday|Sabbath|Shabbat|Friday|Easter|Christmas|midnight) (?:services?|mass|worship|prayers))\b",
        "person",
    ),
)
