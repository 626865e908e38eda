"""Genetic-biometric cues for a person's template told with its enrolment or capture: "was the first to enrol
and her template got corrupted", "IT re-captured his template at the reader". A "template" enrolled or
captured is what a biometric reader stores of someone, even when the reader is named in another sentence.

Senses that must stay quiet: a document's template ("her template email", "his template for the proposal",
"captured her template deck in Notion") and enrolment on a course or in a scheme ("enrolled in the sales
course and her template ...")."""

from __future__ import annotations

_WHOSE = r"(?:his|her|my|their|your|(?-i:[A-Z][a-z]+)['’]s)"
# a template that goes on as a document's ("template email", "template for the bid")
_NOT_A_DOCUMENT = (
    r"(?!s? (?:for|of|letter|email|e-mail|deck|doc|document|file|sheet|slide|spreadsheet|contract|library|pack|"
    r"page|message|reply|response|text|form|design|layout|folder|repo|project|wording|clause)s?\b)"
)
# enrolling at a reader, not in a course or a scheme ("enrolled in", "enrol on", "enrolment for")
_ENROLS = r"(?:re-?)?enrol(?:l)?(?:s|ed|ing|ment)?\b(?! (?:in|on|onto|into|for|at|with|to|as|the|a|an)\b)"

ENROLLED_TEMPLATES = (
    (
        r"\b" + _ENROLS + r"[^.!?\n]{0,80}?\b" + _WHOSE + r" template\b" + _NOT_A_DOCUMENT + r"|\b(?:re-?)?"
        r"captur(?:e|es|ed|ing) " + _WHOSE + r" template\b" + _NOT_A_DOCUMENT,
        "person",
    ),
)
