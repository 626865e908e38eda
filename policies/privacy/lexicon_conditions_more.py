"""Being a lasting condition in Romance and Germanic languages that :mod:`.lexicon_conditions_abroad` did not
list: autism, dyslexia, ADHD, bipolar disorder, HIV ("mio figlio è autistico", "es autista", "ist Autist",
"è dislessica", "è sieropositivo"), and having the named syndrome ("ha la sindrome di Asperger").

Senses that must stay quiet: the Italian "autista" is a driver ("è autista di autobus"), and a product or
school for a group ("app per bambini autistici"): only the Italian adjective reads as autism, with a verb."""

from __future__ import annotations

_IS_ONE = (
    r"(?:autistic[oa]|autistique|Autist(?:in)?|autistisch|dislessic[oa]|disl[ée]xic[oa]|dyslexique|"
    r"Legastheniker(?:in)?|iperattiv[oa]|hiperactiv[oa]|hyperactif|hyperactive|bipolare|bipolar|sieropositiv[oa]|"
    r"seropositiv[oa]|s[ée]ropositi(?:f|ve)|HIV-positiv)"
)

CONDITIONS_MORE = (
    (r"\b(?:è|e['’]|era|sono|es|era|é|est|ist|war|is) (?:\w+ )?" + _IS_ONE + r"\b", "person"),
    # the Spanish "autista" is autistic; with the Spanish verb only, as the Italian one is a driver
    (r"\b(?:es|soy|eres|son) (?:\w+ )?autistas?\b(?! (?:de|del|profesional)\b)", "person"),
    (
        r"\b(?:ha|aveva|tiene|tem|a|hat) (?:la |una |el |a |le |das )?(?:sindrome|s[íi]ndrome|syndrome|Syndrom) "
        r"(?:di |de |d['’])?(?:Asperger|Down|Tourette|Rett)\b|\b(?:ha|hat|tiene|a) (?:l['’]|el |den )?"
        r"(?:autismo|autisme|Autismus|ADHD|ADHS)\b",
        "person",
    ),
)
