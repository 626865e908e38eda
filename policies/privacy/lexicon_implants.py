"""Health told by what is put into a body or by where a person is treated as a resident patient: a device
fitted ("had a stent fitted", "got a PICC line put in", "fitted with a defibrillator"), metalwork set in a
bone ("a plate in her wrist"), and a stay in residential or inpatient treatment ("away on a 28-day residential
treatment programme", "checked into a treatment centre").

Senses that must stay quiet: a device as a product ("the stent supplier", "a catheter order"), a plate or a pin
that is a thing's ("a plate in the dishwasher", "pins in the map"), and a treatment works that cleans water or
timber ("the water treatment centre"), and a supplier's job at a clinic ("at the inpatient unit to fit the
screens")."""

from __future__ import annotations

# devices put into a body (an "ICD" alone is also a coding manual: it needs a fitting verb after it)
_IMPLANT = (
    r"(?:(?:coronary |cardiac |heart |arterial |drug-eluting |temporary |permanent )?stents?|pacemaker|"
    r"(?:implantable )?defibrillator|(?:new |artificial |mechanical |replacement )?heart valve|PICC line|"
    r"port-a-cath|chemo port|cannula|catheter|(?:NG|PEG|feeding|nasogastric|gastrostomy) tube|"
    r"stoma|colostomy|ileostomy|gastric (?:band|balloon|sleeve)|cochlear implant|(?:implantable |cardiac )loop "
    r"recorder|(?:spinal cord|deep brain|vagus nerve) stimulator|(?:VP|brain|spinal) shunt|insulin pump|"
    r"(?-i:CGM)|glucose sensor)"
)
# what is done with it, and the product senses that name no one's body
_FITTED = (
    r"(?:fitted|put in|inserted|implanted|placed|installed|removed|taken out|out|in|replaced|changed|adjusted|"
    r"checked|reversed|done)"
)
_NOT_A_PRODUCT = (
    r"(?! (?:suppliers?|vendors?|makers?|manufacturers?|orders?|products?|range|line|market|sales|business|"
    r"portfolio|pricing|contracts?|tenders?|shipments?|stock|inventory|recall|trials?|division|unit|account)\b)"
)
_GETTING = (
    r"(?:had|has|have|having|got|gets|getting|get|needs|needed|need|is getting|was given|been given|given|"
    r"(?:was |been |being |is |get |got )?fitted with|received|receives|receiving|went in for|in for)"
)
# bones that metalwork is set in; a hand or a foot may just hold or tread on pins and screws ("a rod in his hand")
_BODY = (
    r"(?:wrist|ankle|leg|arm|hip|knee|shoulder|elbow|collarbone|jaw|neck|spine|back|femur|tibia|fibula|shin|"
    r"pelvis|skull|cheekbone)"
)
# a stay in treatment as a resident ("a 28-day residential treatment programme", "an inpatient rehab stay"), taken
# whole (an atomic group) so that the work test after it cannot be dodged by leaving "centre" off
_RESIDENTIAL = (
    r"(?>(?:(?:\d+|one|two|three|four|six|eight|ten|twelve)[- ](?:day|week|month)[- ])?(?:residential|inpatient|"
    r"in-patient|day-patient|live-in) (?:treatment|recovery|rehab|rehabilitation|therapy|mental health|psychiatric|"
    r"addiction|detox|trauma|eating disorder)(?: treatment)?(?: (?:programm?e|program|course|centre|center|"
    r"facility|clinic|unit|stay))?|(?:inpatient|in-patient) (?:clinic|unit|ward|stay|bed))"
)
# a supplier's visit there is work ("at the inpatient unit to fit the screens")
_NOT_A_VISIT = (
    r"(?! (?:to (?:fit|install|deliver|fix|demo|pitch|survey|meet|set up|service|train)|for (?:the |a )?(?:demo|"
    r"install\w*|pilot|meeting|tour|site visit|rollout)|(?:project|account|contract|tender|deal|pilot|team|staff)\b))"
)
_STAYING = (
    r"(?:is|was|'s|'m|am|are|were|been|be|being|away|off|spent|spending|spends|went|gone|going|goes|checked|"
    r"checking|checks|admitted|back from|home from|out of|discharged from|completed|completing|finished|"
    r"finishing|started|starting|doing|did|entered|entering|enters)"
)
# a treatment centre that cleans water, waste or timber is no one's care, nor a recovery centre for data
_NOT_WORKS = (
    r"(?!(?:water|waste|wastewater|sewage|effluent|timber|wood|heat|surface|seed|data|disaster|DR|business|IT|"
    r"asset|debt|energy) )"
)

IMPLANTS = (
    (
        # a device put in, by whatever verb ("had a stent fitted", "fitted with a pacemaker", "getting a PICC
        # line in"), or with the fitting verb after it ("his ICD was checked")
        r"\b"
        + _GETTING
        + r" (?:a |an |two |three |another |a new |his |her |my |their |some )?(?:\w+ )?"
        + _IMPLANT
        + r"\b"
        + _NOT_A_PRODUCT
        + r"|\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s) (?:new )?(?:"
        + _IMPLANT
        + r"|(?-i:ICD)) (?:was |is |has been |got |being |needs (?:to be )?)?"
        + _FITTED
        + r"\b",
        "person",
    ),
    (
        # metalwork set in a bone ("a plate in her wrist", "has pins and screws in his ankle")
        r"\b(?:(?:metal|titanium|steel) )?(?:plates?|pins|screws|rods?|wires?)(?: and (?:plates?|pins|screws|"
        r"rods?|wires?))? in (?:his|her|my|their) (?:left |right |lower |upper |broken )?" + _BODY + r"\b",
        "person",
    ),
    (
        # a stay in residential or inpatient treatment, or in a treatment, rehab or recovery centre
        r"\b"
        + _STAYING
        + r" (?:\w+ ){0,2}?(?:on|in|at|into|to|from|out of)? ?(?:a |an |the |his |her |my |their )"
        + _NOT_WORKS
        + _RESIDENTIAL
        + _NOT_A_VISIT
        + r"|\b"
        + _STAYING
        + r" (?:\w+ ){0,2}?(?:into|in to|to|at|in|from|out of) (?:a |an |the )"
        + _NOT_WORKS
        + r"(?:\w+ )?(?>(?:treatment|recovery|rehab|rehabilitation|detox|addiction) (?:centre|center|facility|"
        r"clinic))" + _NOT_A_VISIT,
        "person",
    ),
)
