"""Privacy by design: special-category data (GDPR Art. 9/10) found offline and redacted, personal data
masked before it leaves for an outside model, inference requests refused, and data-subject rights.

- :func:`detect` / :func:`redact` — the detector and the clause-level redactor;
- :func:`sensitive_inference` / :func:`guessed_trait` — "is the CFO pregnant?"-style requests, and the same
  asked through signs and euphemisms ("is he in AA?"); :func:`trait_request`, the two as the chat screen
  refuses them; :func:`records_a_trait` — writing such a trait into the CRM ("tag him as Jewish");
- :class:`Masker` — reversible masking of names, emails and phone numbers.
"""

from policies.privacy.cues import CATEGORIES
from policies.privacy.detector import Detection, Finding, detect
from policies.privacy.intent import sensitive_inference, trait_request
from policies.privacy.redact import Redaction, marker, redact
from policies.privacy.trait_guess import guessed_trait
from policies.privacy.trait_record import records_a_trait

__all__ = [
    "CATEGORIES",
    "Detection",
    "Finding",
    "Redaction",
    "detect",
    "guessed_trait",
    "marker",
    "records_a_trait",
    "redact",
    "sensitive_inference",
    "trait_request",
]
