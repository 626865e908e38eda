"""Health cues for a treatment a person is going through, told in Portuguese, Spanish, Italian, French, German and
the Nordic languages: "vai ficar fora fazendo radioterapia", "está en tratamiento por depresión", "fa la
chemioterapia", "skal opereres", "skal ta en operasjon".

Senses that must stay quiet: the treatment as equipment, a market or a benefit ("equipamentos de radioterapia",
"el mercado de quimioterapia"), and a file or a request being dealt with ("la solicitud está en tratamiento por
el equipo legal", "o pedido está em tratamento", "tratamento de dados")."""

from __future__ import annotations

# treatments by name, which no business process is called
_THERAPY = (
    r"(?:radioterapia|quimioterapia|quimio|radioth[ée]rapie|chimioth[ée]rapie|chimio|chemioterapia|chemio|"
    r"Strahlentherapie|Chemotherapie|Chemo|strålebehandling|strålebehandlingen|cellegift|cellgiftsbehandling|"
    r"kemoterapi|kjemoterapi|strålterapi|hemodi[áa]lise|hemodi[áa]lisis|di[áa]lisis|di[áa]lise|dialisi|dialyse)"
)
# doing or receiving it ("fazendo", "haciendo", "recibe", "fa", "suit une", "bekommt", "får")
_UNDERGOING = (
    r"(?:fazendo|faz|fez|fazer|a fazer|vai fazer|come[çc]ou|haciendo|hace|hizo|hacer|recibiendo|recibe|empez[óo]|"
    r"empieza|sta facendo|fa|deve fare|ha iniziato|inizia|fait|suit|commence|a commenc[ée]|bekommt|macht|beginnt|"
    r"hat (?:mit (?:der )?)?|f[åa]r|fikk|fick|gjennomg[åa]r|gennemg[åa]r|genomg[åa]r|startet|starter|b[øo]rjar)"
)
# in treatment for an illness; an article after the preposition is an agent, not an illness ("por el equipo")
_IN_TREATMENT = (
    r"\b(?:est[áa]|estoy|estaba|sigue|anda|estou|estava|segue|continua|[èe]|sono|est|je suis|ist|bin) "
    r"(?:\w+ )?(?:en|em|in|sous) (?:tratamiento|tratamento|trattamento|traitement|Behandlung) "
    r"(?:por|para|contra|per|pour|contre|wegen|gegen) "
    r"(?!(?:el|la|los|las|o|a|os|as|il|lo|le|les|un|una|um|uma|une|der|die|das|den|dem|nuestro|nuestra|nosso|nossa|"
    r"nostro|notre|unser\w*|dados|datos|dati|donn[ée]es|Daten)\b)\w+"
)
# an operation ahead or behind in Norwegian, Danish and Swedish ("skal opereres", "blev opereret", "skal ta en
# forebyggende operasjon"); "operation" alone is a business's word there as in English, so a verb of the body
# or a word of medicine must be with it
_OPERATED = (
    r"\b(?:skal|skulle|m[åa]|ska|m[åa]ste|ble|blev|blir|bliver|har blitt|har blevet) "
    r"(?:opereres|operert|opereret|opererad|opereras)\b|"
    r"\b(?:skal|skulle|m[åa]|ska|m[åa]ste) (?:ta|tage|f[åa]|gjennomg[åa]|gennemg[åa]|genomg[åa]|ha) (?:en )?"
    r"(?:forebyggende |forebyggende |f[öo]rebyggande |planlagt |planlagd |akutt |akut |stor |liten |lille )?"
    r"(?:operasjon|operation)\b(?! (?:av|af|med|p[åa]) (?:lager|systemet|driften|butikken|kontoret)\w*)"
)

TREATMENT_ABROAD = (
    (r"\b" + _UNDERGOING + r" (?:a |la |le |l'|o |um |una |uma |une |eine |en |ett )?(?:sess[ãa]o de |sesi[óo]n de )?"
     + _THERAPY + r"\b(?! (?:equipment|equipamentos?|equipos?|market|mercado|sector|setor|clinics?|unit))", "person"),
    (_IN_TREATMENT, "person"),
    (_OPERATED, "person"),
)  # fmt: skip
