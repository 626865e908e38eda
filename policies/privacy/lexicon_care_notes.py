"""Health cues a rep's note tells by the care, not the illness: French "il est sous dialyse" (a treatment one
is "under"), Dutch "zit met griep thuis", Spanish "se opera de forma preventiva", visits to a clinic of a
field of medicine ("back and forth to the fertility clinic with his wife"), a relative's pregnancy told by its
due date ("my wife's due date is the 11th") and a relative's diagnosis ("after mum's diagnosis").

Senses that must stay quiet: a clinic as a customer or a site ("we sell to the fertility clinic"), a due date of
work ("the invoice's due date", "her due date for the report"), a diagnosis of a thing ("the consultant's
diagnosis of the pipeline"), "sous" before a non-treatment ("sous contrat"), and a machine operated ("se opera
desde la consola")."""

from __future__ import annotations

from policies.privacy.lexicon_treatment_abroad import _THERAPY

_RELATIVE = (
    r"(?:mum|mom|mother|dad|father|sister|brother|wife|husband|son|daughter|grandma|grandmother|grandpa|"
    r"grandfather|gran|nan|aunt|uncle|girlfriend|boyfriend|fianc[ée]e?)"
)

CARE_NOTES = (
    # French: under a treatment ("sous dialyse", "sous chimio")
    (r"\b(?:est|était|reste|toujours) sous (?:" + _THERAPY + r")\b", "person"),
    # Dutch: at home or in bed with an everyday illness
    (
        r"\bmet (?:de )?(?:griep|buikgriep|koorts|corona|covid|longontsteking|migraine|keelontsteking|"
        r"oorontsteking|een hernia|een burn-?out) (?:thuis|in bed|ziek|op bed)\b|"
        r"\b(?:ligt|zit|is) (?:\w+ )?(?:thuis |ziek )?met (?:de )?(?:griep|buikgriep|koorts|corona|covid|"
        r"longontsteking)\b",
        "person",
    ),
    # Spanish: having an operation ("se opera de la rodilla", "se opera de forma preventiva", "lo operan")
    (
        r"\bse (?:opera|operó|operará|va a operar|tiene que operar) (?:de (?:forma preventiva|urgencia|"
        r"(?:la|el|los|las) (?!consola|sistema|plataforma|oficina|sede)\w+)|en (?:febrero|marzo|abril|mayo|junio|"
        r"julio|agosto|septiembre|octubre|noviembre|diciembre|enero|unas semanas))\b|"
        r"\ba (?-i:[A-Z][a-z]+) (?:lo|la) (?:operan|operaron|van a operar|operarán)\b",
        "person",
    ),
    # visits to a clinic of a field of medicine, said of someone going
    (
        r"\b(?:back and forth to|in and out of|trips? to|treatment at) (?:the |a )"
        r"(?:fertility|IVF|dialysis|oncology|chemo|cancer|memory|pain|methadone|sexual health|antenatal|"
        r"maternity) (?:clinic|unit|centre|center|ward)\b"
        # nor a rep's work there later in the sentence ("trips to the dialysis unit for the demo")
        r"(?! (?:conference|chain|group|account|customer|client|deal|demo|pilot))"
        r"(?![^.;]*\b(?:demos?|install\w*|pitch\w*|quotes?|kiosks?|rollout|training session)\b)",
        "person",
    ),
    # a relative's pregnancy told by its due date; a task's due date has "for" the task after it
    (
        r"\b(?:(?:my|his|our|their) (?:partner|" + _RELATIVE + r")['’]s|her|she's past her|she is past her) due date\b"
        r"(?! (?:for|on) (?:the|a|an|this|that|her|his|our|their)\b)",
        "self",
    ),
    # a relative's diagnosis, not a diagnosis of something
    # ("the partner's diagnosis" bare is a business partner's finding, so a partner needs a possessive)
    (r"\b(?:(?:my|his|her|our|their) partner|" + _RELATIVE + r")['’]s (?:\w+ )?diagnosis\b(?! of\b)", "self"),
)
