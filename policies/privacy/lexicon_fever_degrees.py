"""Health cues for a fever given by its temperature, in English and the languages a rep's notes mix in: "a
letto con 39 di febbre", "tengo 38,5 de fiebre", "running a 39-degree fever", "fever of 102". A number of
degrees on a fever is a body's, so the cue needs a person near (the ``person`` gate).

Senses that must stay quiet: a count of things named after fever ("ordered 40 of the Fever-Tree tonics"),
and fever as a figure or a title ("la febbre dell'oro del 1849", "Spring Fever sale: 39% off")."""

from __future__ import annotations

_FEVER = r"(?:febbre|fiebre|febre|fièvre|fieber|fever|temperature|temp)"
_DEGREES = r"\d{2,3}(?:[.,]\d)?(?: ?°[CF]?| ?º| degrees?| gradi| grados| graus| degrés| Grad)?"

FEVER_DEGREES = (
    (
        # the number first ("39 di febbre", "38,5 de fiebre", "a 39-degree fever", "a 102 fever")
        r"(?<!%)\b" + r"\d{2,3}(?:[.,]\d)?(?: ?°[CF]?| ?º| degrees?| gradi| grados| graus| degrés| Grad)? "
        r"(?:di|de|of) (?:la )?(?:febbre|fiebre|febre|fièvre|fieber|fever)\b(?![-’'])"
        r"|\ba \d{2,3}(?:[.,]\d)?(?:-degree| ?°[CF]?)? (?:fever|temperature|temp)\b(?![-’'])"
        # the fever first ("febbre a 39", "fiebre de 39", "a fever of 39.5", "Fieber von 39")
        r"|\b(?:la |una |a |hohes |hohem )?(?:febbre|fiebre|febre|fièvre|fieber|fever|temperature) (?:a|de|di|of|"
        r"von|à) " + _DEGREES + r"(?! ?%)(?![\d.,]*\s*(?:euros?|€|\$|dollars?|minutes?|mins?|days?|people|units?)\b)",
        "person",
    ),
)
