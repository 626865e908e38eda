"""Health cues for a person's allergy to a named allergen beyond the few :mod:`.lexicon_health` lists, and for
anaphylaxis said as an adjective: "Claire is anaphylactic to sesame", "he's severely allergic to kiwi", "her
mustard allergy", "went into anaphylactic shock". Dinners and hampers are planned around them, so a rep's notes
name them often.

Senses that must stay quiet: an allergy as a figure of speech ("allergic to meetings", "anaphylactic about
scope creep"), a menu's or a form's allergen list ("sesame is one of the 14 allergens", "the dessert contains
mustard") and a first-aid course's subject ("the training covers anaphylactic shock"): the allergen must be
named, and the allergy be someone's."""

from __future__ import annotations

# the allergens a caterer asks about, and the drugs, stings and animals people react to
_ALLERGEN = (
    r"(?:sesame(?: seeds?)?|soy|soya|mustard|celery|lupin|sulphites|sulfites|kiwis?|kiwi ?fruit|tree ?nuts|"
    r"cashews?|almonds?|walnuts?|pistachios?|hazelnuts?|pecans?|brazil nuts|milk|dairy|eggs?|crustaceans|"
    r"prawns|shrimps?|lobster|crab|mussels|molluscs|shellfish|fish|nuts|peanuts|gluten|wheat|penicillin|"
    r"amoxicillin|aspirin|ibuprofen|codeine|sulfa drugs|latex|bee stings?|wasp stings?|strawberries|cats|dogs|"
    r"pollen|dust mites|horses)"
)
# the same as a noun before "allergy" ("her sesame allergy", "a severe kiwi allergy")
_ALLERGEN_NOUN = (
    r"(?:sesame|soy|soya|mustard|celery|lupin|sulphite|sulfite|kiwi|tree[- ]?nut|cashew|almond|walnut|pistachio|"
    r"hazelnut|milk|dairy|egg|fish|wheat|penicillin|latex|bee[- ]sting|wasp[- ]sting|cat|dog|pollen|dust[- ]mite)"
)
# an allergy that is someone's: a possessive, or a verb of having
_WHOSE = (
    r"(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s|has an?|has|had an?|with an?|with|because of (?:his|her|their|my))"
)
# a shock or reaction someone had, not a course on one
_HAD = r"(?:went into|goes into|had|has had|suffered|suffers|was in|ended up in|risks?)"

_DEGREE = r"(?:severely|highly|seriously|very|deathly|dangerously|badly|mildly|quite|extremely)"
# not a menu's option or a sign's ("a dairy allergy option", "nut-allergy-friendly")
_NOT_A_MENU = r"(?![ -](?:option|menu|choice|friendly|policy|section|form|label|sign)s?\b)"

ALLERGENS = (
    (r"\b(?:" + _DEGREE + r" )?(?:anaphylactic|allergic) to (?:all |any |raw |cooked )?" + _ALLERGEN + r"\b", "person"),
    (
        r"\b"
        + _WHOSE
        + r" (?:(?:severe|mild|serious|bad|life-threatening|known) )?"
        + _ALLERGEN_NOUN
        + r" allerg(?:y|ies)\b"
        + _NOT_A_MENU,
        "person",
    ),
    (
        # anaphylactic as what a person is ("Ken is anaphylactic"), not a figure ("gets anaphylactic about scope")
        r"\b(?:is|are|was|were|am|['’]s|['’]m|gets|got|becomes) (?:" + _DEGREE + r" )?anaphylactic\b"
        r"(?! (?:about|over|when)\b)|"
        r"\b" + _HAD + r" (?:an? )?(?:anaphylactic (?:shock|reaction|episode|attack)|anaphylaxis)\b",
        "person",
    ),
)
