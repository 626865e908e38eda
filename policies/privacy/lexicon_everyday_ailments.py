"""Health cues for the everyday illnesses, injuries and pregnancies a contact mentions in passing: a limb in
plaster ("the other one is in plaster", "her arm's in a cast"), a bare "(broken wrist, stupid fall)" aside, a
burn-out owned or gone through in English, French, German or Dutch ("après son burn-out", "had a burnout",
"na zijn burn-out"), a phased return to work on medical grounds ("reprend en mi-temps thérapeutique"), a
pregnancy told in months ("she'll be seven months along") or by her own midwife, and a rare or mitochondrial
disorder found in someone.

Senses that must stay quiet: plaster and casts that are a building's or a product's ("the wall is in plaster"),
a broken part of a thing ("the chair has a broken arm"), burn-out as a team or market state ("le burn-out des
équipes", "customer burnout survey"), a project months along ("the rollout is six months along with IT"), a
midwife who is a customer's job ("the midwife rota module"), and the rare-disease market ("our rare disease
portfolio")."""

from __future__ import annotations

from policies.privacy.names import FEMALE

_LIMB = (
    r"(?:arm|leg|wrist|ankle|foot|hand|elbow|knee|shoulder|thumb|finger|collarbone|other one|good one|left one|"
    r"right one)"
)
_SET = r"(?:plaster|a (?:plaster |fibreglass |fiberglass |full )?cast|a splint|a sling|a (?:walking |moon )?boot)"
_BONE = (
    r"(?:wrist|arm|leg|ankle|collarbone|clavicle|hip|ribs?|foot|hand|elbow|shoulder|kneecap|knee|jaw|nose|"
    r"fingers?|toes?|thumb|pelvis|femur|tibia|fibula|vertebra|vertebrae|back|neck|heel|shin|cheekbone)"
)
_OWNER = r"(?:his|her|my|their|(?-i:[A-Z][\w-]+)['’]s)"
_BURNOUT = r"burn[- ]?out\b(?! (?:survey|index|rate|risk|des|du|der|van|of (?:the |our |your )?(?:team|staff)))"
# a woman by pronoun or a given name the lists know as a woman's: "Rollout is six months along" is a project's
_WOMAN = r"(?:she|(?-i:" + "|".join(sorted(sorted(FEMALE), key=len, reverse=True)) + r"))"

EVERYDAY_AILMENTS = (
    (
        # a limb set in plaster or a cast, said of the limb ("the other one is in plaster", "arm's in a cast")
        r"\b" + _LIMB + r"(?:['’]s| is| was| has been| been| are| were) (?:still |now |all )?in " + _SET + r"\b|"
        r"\bwith (?:his|her|my|their|one) " + _LIMB + r" in " + _SET + r"\b|"
        # a bare injury as an aside or a note heading ("(broken wrist, stupid fall)", "Update: fractured ankle")
        r"(?:^|[(:–—] ?|- )(?:a )?(?:badly )?(?:broken|fractured|cracked|shattered|dislocated|sprained) "
        + _BONE
        + r"\b(?! (?:of|on) (?:the|a|an)\b)",
        "person",
    ),
    (
        # a burn-out someone has or had, in English, French, German and Dutch
        r"\b(?:" + _OWNER + r"|(?:had|has|have|having|got|off with|signed off with|recovering from|after|since) "
        r"(?:a |his |her |my |their )?(?:bad |serious |severe |major )?)" + _BURNOUT + r"|"
        r"\b(?:son|sa|un|en|d['’]un|après (?:le|son|un)|suite à (?:son|un)|fait un|a fait un|seinem|seinen|einen|"
        r"einem|ihrem|ihren|wegen|zijn|haar|een|na (?:zijn|haar|een)|met een) " + _BURNOUT,
        "person",
    ),
    (
        # a phased, medically prescribed return to work (France, Belgium, the Netherlands, Germany)
        r"\b(?:mi-temps|temps partiel) th[ée]rapeutique\b|\btherapeutische werkhervatting\b|"
        r"\barbeidstherapeutisch\b|\bstufenweisen? Wiedereingliederung\b",
        "person",
    ),
    (
        # a pregnancy by its months ("she'll be seven months along"), not a project's months "along with" a vendor
        r"\b" + _WOMAN + r"(?:['’]s| is| was| will be|['’]ll be| would be|['’]d be) (?:about |nearly |almost |now |"
        r"only |already |just |over |around )?(?:\d|one|two|three|four|five|six|seven|eight|nine)(?:\s|-)?months? "
        r"(?:along|gone|pregnant)\b(?! (?:in|with|on|into|through|the)\b)|"
        # her own midwife ("her midwife wants her off planes"), not a midwife who is someone's job or a product
        r"\b(?:her|my|(?-i:[A-Z][a-z]+)['’]s) (?:community |own )?midwife\b(?! (?:rota|team|service|app|module|"
        r"business|practice|clients?|patients?)\b)",
        "person",
    ),
    (
        # a rare or mitochondrial disorder found in someone, not the rare-disease market
        r"\b(?:a |with |has |had |diagnosed with |of )(?:very |ultra-)?rare (?:genetic |metabolic |neurological |"
        r"neuromuscular |autoimmune |blood |bone |kidney |heart |muscle )?(?:disorder|disease|condition|syndrome)\b"
        r"(?! (?:portfolio|market|space|drugs?|therapies|research|programmes?|programs?|day|funds?|franchise)\b)|"
        r"\bmitochondrial (?:disorder|disease|myopathy|condition|syndrome)\b",
        "person",
    ),
)
