"""Health cues for a person's disability in Spanish, Portuguese, Italian and French ("por su discapacidad
visual", "tem uma deficiência auditiva", "è ipovedente", "elle est malvoyante", "va en silla de ruedas"):
:mod:`.lexicon_disability` knows English wording only.

Senses that must stay quiet: disability as a policy's or a product's subject, said of a group ("accesibilidad
para personas con discapacidad", "la normativa de discapacidad"), and "deficiencia"/"handicap" as a defect or a
drawback ("su deficiencia principal es el precio", "leur handicap, c'est le prix")."""

from __future__ import annotations

# the kinds a disability is of; "deficiencia", "handicap" are one only with a kind
_KIND = (
    r"(?:visual|visuale|visiva|visuel(?:le)?|auditiva|uditiva|auditive?|intelectual|intellettiva|intellectuelle|"
    r"f[íi]sica|motora|motoria|motrice|cognitiva|cognitive|psicosocial|psíquica|mental)"
)

DISABILITY_ABROAD = (
    (
        # "su discapacidad (visual)", "tem uma deficiência auditiva", "ha una disabilità motoria"
        r"\b(?:su|sua|seu|sa|son|tiene(?: una)?|tem(?: uma)?|ha(?: una)?|a une|vive con(?: una)?|convive con(?: una)?)"
        r" (?:(?:discapacidad|disabilit[àa]|invalidit[àa]|minusval[íi]a)(?: " + _KIND + r")?|(?:deficiencia|"
        r"defici[êe]ncia|déficience|handicap) " + _KIND + r")\b",
        "person",
    ),
    (
        # a blind, deaf or sight-impaired person, by the words with no figurative sense
        r"\b(?:es|está|é|è|est) (?:(?:parcialmente|totalmente|completamente) )?(?:ipovedente|non vedente|"
        r"non udente|invidente|malvoyante?|mal-voyante?|hipoacúsic[oa]|deficiente visual|deficiente auditiv[oa]|"
        r"sordomud[oa]|cieg[oa] de nacimiento)\b",
        "person",
    ),
    (
        # one who moves in a wheelchair ("va en silla de ruedas", "usa cadeira de rodas", "è in sedia a rotelle")
        r"\b(?:va|anda|usa|utiliza|se desplaza|está|es usuari[oa] de|anda de|usa uma|è|vive) (?:en |in |de |una? |"
        r"uma )?(?:silla de ruedas|cadeira de rodas|sedia a rotelle|fauteuil roulant)\b",
        "person",
    ),
)
