"""Health cues for an injury a named person did to a part of their body, told by how: "he burned his thumb on
the heat sealer", "she scalded her hand", "trapped his finger in the door". (Breaks and sprains are in
:mod:`.lexicon_health`.)

Senses that must stay quiet: the figures of speech ("burned his fingers on that crypto deal", "burned his
bridges", "crushed her targets")."""

from __future__ import annotations

_PART = (
    r"(?:thumb|finger|fingertip|hand|palm|arm|forearm|leg|foot|toe|face|wrist|ankle|knee|back|neck|shoulder|eye|"
    r"lip|tongue|shin|elbow|hip)s?"
)
# a loss in money or a venture is the figure ("burned his fingers on that deal")
_FIGURE = (
    r"(?! (?:on|with|in|over) (?:the |that |this |a |an |his |her )?(?:\w+ )?(?:deal|market|crypto|stocks?|shares|"
    r"investments?|trades?|bets?|projects?|startups?|contracts?|IPO|merger|venture|speculation|fund|property)\b)"
)

BURNS = (
    (
        r"\b(?:burned|burnt|scalded|singed|sliced|gashed|crushed|trapped|jammed|slammed|stubbed|grazed|cut open) "
        r"(?:his|her|my|their) (?:own |left |right )?" + _PART + r"\b" + _FIGURE,
        "person",
    ),
)
