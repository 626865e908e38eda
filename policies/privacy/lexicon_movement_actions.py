"""Political-opinion cues for a person at a direct action of a political movement: "arrested at the A12
blockade with Extinction Rebellion", "detained at a Just Stop Oil roadblock", "at the XR slow march on
Saturday", "glued herself to the road with Last Generation", "chained himself to the gates". The action is
the movement's, so being at it with the movement, or doing what only its activists do, is taking its side.

Senses that must stay quiet: the movement in the news or as traffic ("roads closed by an Extinction Rebellion
blockade", "XR protesters blocked the bridge"), "XR" as extended reality ("the XR demo at the booth"), and a
blockade or a roadblock that is no one's cause ("stuck at the police roadblock", "the Suez blockade")."""

from __future__ import annotations

from policies.privacy.lexicon_parties import MOVEMENT

# the movements and their short names ("XR", "JSO"), capitals kept
_MOVEMENT = r"(?:" + MOVEMENT + r"|(?-i:XR|JSO|Letzte Generation|Ultima Generazione|Dernière Rénovation))"
# what a movement does in the street; with the movement named after it, only the words no meeting uses (not
# "march", "demo" or "action")
_ACTION = (
    r"(?:blockade|roadblock|road block|sit-in|die-in|slow march|slow-march|swarming|occupation|lock-on|glue-on|"
    r"protest|rally|demonstration|vigil)s?"
)
_MOVEMENT_ACTION = (
    r"(?:blockade|roadblock|road block|sit-in|die-in|slow march|slow-march|swarm|swarming|occupation|lock-on|"
    r"glue-on|march|protest|rally|demo|demonstration|action|vigil)s?"
)
# being there, as one of them: at it, arrested or held at it, joining it, then which one (read behind the match,
# so that the prefilter requires the action's or the movement's name, not "at the")
_THERE = (
    "(?:"
    + "|".join(
        rf"(?<=\b{where} {which} )"
        for where in ("at", "in", "on", "joined", "joining", "joins", "during", "from")
        for which in ("a", "an", "the", "this", "that", "their", "another", "last week's", "Saturday's",
                      "Sunday's", "yesterday's")
    )
    + ")"
)  # fmt: skip

MOVEMENT_ACTIONS = (
    (
        # at the action, with the movement named after it ("at the A12 blockade in The Hague with Extinction
        # Rebellion"); "roads closed by the blockade with Extinction Rebellion" has no one at it
        _THERE
        + r"(?:[\w'’-]+ ){0,3}?"
        + _ACTION
        + r"\b(?:[^.!?;\n]{0,40}?) (?:with|alongside|organi[sz]ed by|called by|by) (?:the |other |fellow )?"
        + _MOVEMENT
        + r"\b(?! (?:footage|coverage|story|report|article)\b)|"
        # at the movement's action, the movement before it ("at a Just Stop Oil roadblock", "the XR slow march");
        # "XR" alone does not take "demo", an extended-reality demo's word
        + _THERE
        + r"(?:(?-i:XR|JSO) (?:blockade|roadblock|road block|sit-in|die-in|slow march|slow-march|swarm|protest|rally|"
        r"march|action|vigil|occupation)s?|" + MOVEMENT + r" (?:[\w'’-]+ )?" + _MOVEMENT_ACTION + r")\b",
        "person",
    ),
    (
        # what only an activist does in an action ("glued herself to the road", "chained himself to the gates")
        r"\b(?:glued|glues|gluing|glueing|superglued|chained|chains|chaining|locked|locking|D-locked) "
        r"(?:himself|herself|themselves|myself) (?:on )?to (?:the|a|an) (?:\w+ ){0,2}?(?:road|tarmac|motorway|"
        r"highway|street|runway|painting|gates?|railings|fence|pipeline|digger|tree|bridge|podium|train|lorry|"
        r"truck|tanker|jet)\b",
        "person",
    ),
)
