"""Genetic-biometric cues for a template kept as a column of a record about people: a check-in or access export
with a "face_template_id" or "fingerprint_hash" per named attendee. The underscore marks a field name, so the
row beside it holds that person's template. A log line does the same in words: a template given by its number,
or one that failed to match ("face template ID 44812 failed match", "his fingerprint template was rejected").

Senses that must stay quiet: the feature ("face unlock", "Face ID login"), and the field talked about as schema,
not filled in ("the face_template_id column is nullable", "add a fingerprint_hash field"), and templates as
a product question ("can it store face templates for clock-in?")."""

from __future__ import annotations

TEMPLATE_IDS = (
    (
        r"\b(?:face|facial|fingerprint|finger|iris|voice|palm|retina)_(?:template|print|embedding|vector|scan)s?_"
        r"(?:id|ids|ref|hash|no|key)\b(?!['’]?\s*(?:column|field|attribute|property|schema|type|index)s?\b)",
        "field",
    ),
    (
        r"\b(?:face|facial|fingerprint|finger|iris|palm|retina|vein|voice) ?(?:template|print|embedding)s? "
        r"(?:(?:ID|id|no\.?|#|ref|number) ?#?\d{3,}\b|(?:\S+ ){0,3}?(?:failed|fails|failing|rejected|didn'?t "
        r"match|did not match|no longer matche?s?|mismatch(?:ed)?)\b)",
        "person",
    ),
)
