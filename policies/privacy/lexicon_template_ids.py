"""Genetic-biometric cues for a template kept as a column of a record about people: a check-in or access export
with a "face_template_id" or "fingerprint_hash" per named attendee. The underscore marks a field name, so the
row beside it holds that person's template.

Senses that must stay quiet: the feature ("face unlock", "Face ID login"), and the field talked about as schema,
not filled in ("the face_template_id column is nullable", "add a fingerprint_hash field")."""

from __future__ import annotations

TEMPLATE_IDS = (
    (
        r"\b(?:face|facial|fingerprint|finger|iris|voice|palm|retina)_(?:template|print|embedding|vector|scan)s?_"
        r"(?:id|ids|ref|hash|no|key)\b(?!['’]?\s*(?:column|field|attribute|property|schema|type|index)s?\b)",
        "field",
    ),
)
