"""Cues for a person's origin or faith said with "hes" or "shes", the apostrophe a fast chat leaves out: "hes
Uyghur and his family is in Xinjiang", "shes Muslim so no lunch meetings in Ramadan", "i think hes Sikh".
:mod:`.lexicon_identity` and :mod:`.lexicon_religion` take "he's" and "she is".

Senses that must stay quiet: the same words on a thing ("shes on the Asian market deal", "hes in Tamil Nadu this
week": a word comes between or a place follows), and "hes"/"shes" as part of other words ("ashes", "dishes")."""

from __future__ import annotations

from policies.privacy.lexicon_identity import _ETHNIC_ASCII, _NOT_A_PROPER_NAME
from policies.privacy.lexicon_religion import _FAITH, _NOT_A_PERSON

_HE_OR_SHE = r"\b(?:hes|shes)(?: (?:def|defo|definitely|prob|probably|actually|also|apparently|originally|half))?"

UNAPOSTROPHED_ETHNICITY = (
    (
        _HE_OR_SHE + r" (?:a |an )?" + _ETHNIC_ASCII + r"\b(?! (?:market|markets|region|business|customers?|accounts?|"
        r"team|food|cuisine|restaurants?|deal|deals|Nadu|Friday))" + _NOT_A_PROPER_NAME,
        "person",
    ),
)
UNAPOSTROPHED_RELIGION = (
    (
        _HE_OR_SHE + r" (?:a |an )?(?:devout |practi[sc]ing |observant |strict )?" + _FAITH + r"\b" + _NOT_A_PERSON,
        "person",
    ),
)
