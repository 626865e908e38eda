"""Biometric cues for a person's own voice used to identify them: "the phone line authenticates him on his own
voice", "the app verifies her by her voice", "identifies him by his enrolled voice biometric", "she enrolled her
voice with the bank's voice ID". (The word "voiceprint" is in :mod:`.lexicon_records`.)

Senses that must stay quiet: a product that can authenticate by voice with no one's voice in it ("the app can
verify customers by voice"), a person recognising someone's voice, and other factors ("verifies him by his
PIN")."""

from __future__ import annotations

VOICE_PRINTS = (
    (
        r"\b(?:authenticat|verif|identif)\w* (?:him|her|them|me|you|(?-i:[A-Z][a-z]+)) (?:on|by|with|from|using|via|"
        r"through) (?:his|her|their|my|your) (?:(?:own|enrolled|registered|stored|recorded|saved) )?(?:voice|speech)\b",
        "person",
    ),
    (
        r"\b(?:enrolled|enrol|enroll|enrolling|registered|registering|set up) (?:his|her|their|my) (?:own )?voice\b"
        r"(?! (?:note|mail|message|memo|over|actor|talent|line|plan|contract)s?\b)",
        "person",
    ),
)
