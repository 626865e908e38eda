"""Health cues for a medical procedure told by the body part it was done on ("had a small heart procedure", "is
booked in for a knee procedure") and for a stent or pacemaker put in ("they put in a stent", "got two stents
fitted"). :mod:`.lexicon_named_surgery` has the surgery named by its kind.

Senses that must stay quiet: a business procedure ("the back-office procedure", "our onboarding procedure") and a
stent ordered or sold ("put in a stent order", "a stent tender"): so the procedure needs a body part just before it
and a person's verb, and the stent no purchase after it."""

from __future__ import annotations

_BODY_PART = (
    r"(?:heart|cardiac|knee|hip|back|spinal|spine|eye|cataract|retina|kidney|bowel|colon|gallbladder|shoulder|wrist|"
    r"ankle|foot|thyroid|sinus|prostate|bladder|uterine|liver|lung|brain|jaw|ear|throat|stomach|gastric|"
    r"vascular|varicose vein|skin|breast|cervical|dental|gum|laser eye)"
)
_UNDERWENT = (
    r"(?:had|has had|have had|having|has|undergo(?:es|ing)?|underwent|undergone|went in for|going in for|goes in "
    r"for|booked (?:in )?for|scheduled for|recovering from|recovers from|out for|back from|in for|needs|needed)"
)
_SIZE = r"(?:(?:small|minor|quick|routine|short|major|little|second|another|day|keyhole|emergency|planned) )?"
PROCEDURES = (
    (
        r"\b"
        + _UNDERWENT
        + r" (?:a |an |his |her |their |my |the |some )?"
        + _SIZE
        + _SIZE
        + _BODY_PART
        + r" procedures?\b",
        "person",
    ),
    (
        # a stent or pacemaker put in ("they put in a stent", "put a stent in", "got two stents fitted")
        r"\b(?:put|putting|puts|placed|inserted|fitted|got|getting|gets|needed|needs) (?:in )?(?:a |an |two |three |"
        r"\d )?(?:cardiac |coronary |heart )?(?:stents?|pacemaker)\b(?! (?:orders?|contracts?|tenders?|bids?|"
        r"requests?|pricing|quotes?|shipments?|supply|business|line|range|products?|sales|deals?))|\b(?:stents?|"
        r"pacemaker) (?:put|placed|inserted|fitted) in\b",
        "person",
    ),
)
