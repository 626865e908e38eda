"""Trade-union cues told by what a union does for one person, or by membership of a body the sentence calls a
union: a union representing or backing someone in their own case ("Unite's legal team is representing me at
the tribunal", "she's being represented by her union"), and "as a SITAVA member ... the union's training fund",
where the union's own name is one the name lists lack.

Senses that must stay quiet: a union acting for a group ("the union represents 4,000 drivers", "Unite is
backing the nurses"), a club or a loyalty scheme's member beside another sense of the word ("as a Prime member
... the union of the two lists", "a Costco member ... UnionPay", "the credit union")."""

from __future__ import annotations

from policies.privacy.lexicon_unions import _A_UNION_HERE, _NOT_LABOUR, _NOT_LABOUR_KINDS, _UNION

# a union by name (not a firm that starts like one: "Unite Students") or by the word, with whose it may be
_A_UNION = (
    r"(?:"
    + _UNION
    + r"\b(?! (?-i:[A-Z]))|(?:(?:the|his|her|my|their) )?(?!"
    + _NOT_LABOUR
    + r")(?:\w+ )?"
    + "".join(f"(?<!{kind} )" for kind in _NOT_LABOUR_KINDS)
    + r"(?-i:[Uu]nion)\b(?! of\b)(?! (?-i:[A-Z])))"
)
# one person as the object: a pronoun, or a name that ends its phrase ("representing Claire at the hearing"), looked
# ahead for so that the person test reads it as a name outside the cue; a party backed is no person ("backs Labour")
_ONE = (
    r"(?:me|him|her|(?!(?-i:Labou?r|Democrats?|Republicans?|Conservatives?|Greens?|Liberals?)\b)"
    r"(?=(?-i:[A-Z][a-z]+)\s*(?:[.,;:!?)]|$| (?:at|in|on|for|before|against|during|through|over|"
    r"since|from|with|throughout|all)\b)))"
)
_REPRESENTS = (
    r"(?:represent(?:s|ed|ing)?|back(?:s|ed|ing)|support(?:s|ed|ing)|defend(?:s|ed|ing)|fund(?:s|ed|ing)|"
    r"fight(?:s|ing)? for|fought for|act(?:s|ed|ing)? for)"
)
# one member of a body named by capitals the lists may lack ("as a SITAVA member", "I'm a paid-up ASLEF member",
# "a member of FNAM"); "the members of the Office of the Chairman" are a group
_MEMBER_OF_A_NAME = (
    r"\b(?:as|is|'s|’s|was|been|being) (?:a|an) (?:paid-up |card-carrying |long-?time |longstanding |proud |"
    r"active )?(?-i:[A-Z][\w&.-]*)(?: (?-i:[A-Z][\w&.-]*)){0,2} member\b|\b(?:a|an) member of (?:the )?"
    r"(?-i:[A-Z][\w&.-]*)(?: (?-i:[A-Z][\w&.-]*)){0,2}\b"
)

UNION_SUPPORT = (
    (
        # a union acting for one person in their own case ("Unite's legal team is representing me")
        r"\b" + _A_UNION + r"(?:'s|’s)? (?:[\w-]+ ){0,3}?(?:(?:is|are|was|were|has been|have been|will be|'ll be|"
        r"had been) )?" + _REPRESENTS + r" " + _ONE + r"|\b(?:he|she|I|(?-i:[A-Z][a-z]+))(?:'s|’s| is| was| will be|"
        r"'ll be| has been| had been| got| gets| being)* (?:being )?(?:represented|backed|supported|defended|funded) "
        r"by (?:[\w'’-]+ ){0,2}?" + _A_UNION,
        "person",
    ),
    (
        # a member of a body the same sentence calls a union, before or after it
        r"(?:"
        + _MEMBER_OF_A_NAME
        + r")(?=[^.!?\n]{0,120}?\b"
        + _A_UNION_HERE
        + r")|\b"
        + _A_UNION_HERE
        + r"[^.!?\n]{0,120}?(?:"
        + _MEMBER_OF_A_NAME
        + r")",
        "person",
    ),
)
