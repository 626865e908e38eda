"""Requests to guess a special-category fact about a person (GDPR Art. 9 and 10), in the indirect words reps use:
"is he in AA?", "do you reckon she's expecting?", "does he go to mosque?", "any idea if the CFO has done time?".

intent.py reads the direct attribute words ("is she pregnant?"); this reads the signs and euphemisms
(twelve-step meetings, sobriety, mat leave, keeping kosher, a rap sheet) and more ways of asking (reckon, any idea,
want to know if, what are the odds), one piece of the message at a time. A piece is a clause cut at punctuation,
commas, dashes and joining words, so a fact the rep *states* next to an ordinary request ("Maria's out for chemo,
can you push the call?") is not a question about her: only a piece that asks carries the attribute."""

from __future__ import annotations

import re

from policies.privacy.persons import gender_of

# the word ends what is asked ("is he straight?", "black or white?"), so "straight with us" and "black friday" pass
_END = r"(?=\s*(?:[?.!,;)]|$|\s(?:or|and|right|too|then|now|yet|at all|lol|though|these days|or not)\b))"
_BE = r"(?:is|are|was|were|be|been|being|he'?s|she'?s|they'?re|looks?|looked|seems?|seemed|am|'s)"
_CUES: dict[str, str] = {
    "health": (
        r"pregnan\w*|expecting(?: (?:a baby|a child|twins))?"
        + _END
        + r"|(?:on |going on |off on )?mat(?:ernity)? leave|trying for a baby|ivf|miscarr\w+|infertil\w+|menopaus\w+"
        r"|sick(?!\s+(?:of|and tired)\b)|(?:is|was|been|be|are|were|fall|falls|fallen|feel|feels|feeling|looks?"
        r"|seems?|getting|got|gets|become|became|so|very|really|seriously|critically|chronically|mentally)"
        r" ill(?![\w'-])"
        r"|unwell|illness\w*|disease\w*|diagnos\w+|symptoms?"
        r"|medical (?:condition|issue|problem|history|record)s?|health (?:condition|issue|problem|scare)s?"
        r"|cancer|chemo\w*|tumou?r|terminal(?:ly ill| illness| cancer| diagnosis)|dying|hiv|aids(?-i:\b)|diabet\w+"
        r"|epilep\w+|seizures?|strokes?|heart (?:condition|attack|problems?|trouble)|dementia|alzheimer\w*"
        r"|parkinson\w*|asthma\w*|allerg(?:y|ies|ic)|disab\w+|wheelchair|deaf|hearing aid|blind" + _END + r"|autis\w+"
        r"|asperger\w*|adhd|dyslexi\w+|ocd|ptsd|bipolar|schizo\w+|anxiety|depress(?:ed|ion)|mental(?:ly)? (?:ill"
        r"|illness|health|breakdown|issues?|problems?)|nervous breakdown|therap(?:y|ist)|shrink|psychiatr\w+"
        r"|antidepressants?|medication|meds|insulin|rehab|addict\w*|alcoholi(?:sm|cs?)(?! (?:drink|drinks|beverage))"
        r"|alcoholics anonymous|narcotics anonymous|(?:twelve|12)[- ]step|sober|sobriety|in recovery"
        r"|recovering (?:alcoholic|addict)|(?:drinking|drink|alcohol|drug|substance|booze) (?:problem|issue|habit"
        r"|abuse)s?|problem with (?:alcohol|drink|drinking|booze|drugs|pills)|on the wagon|eating disorder"
        r"|anorexi\w+|bulimi\w+|in hospital|hospitali[sz]ed|surgery|injur(?:ed|y|ies)|overweight|obese|transplant"
        r"|(?:use|take|do|uses|takes|does|on) drugs|on the spectrum|(?:heavy|problem) drinker"
        r"|blood (?:type|pressure|sugar)"
    ),
    "religion": (
        r"religio(?:n|us)(?! ?about)|(?:his|her|their|what|which) faith|muslim|islam|islamic|jewish|jew|judaism"
        r"|christian|catholic|protestant|evangelical|born[- ]again|mormon|lds|jehovah\w*|hindu\w*|sikh|buddhis\w+"
        r"|atheist|agnostic|pagan|scientolog\w+|devout|observant|pray(?:s|ing|ed)?"
        r"|(?:go|goes|going|went|attend|attends|attending) (?:to )?(?:church|mosque|synagogue|temple|mass|services)"
        r"|(?:his|her|their) (?:church|mosque|synagogue|temple|parish|congregation|prayers?)|ramadan|fasting"
        r"|(?:for|during|over|observ\w+|giving up \w+ for) lent|shabbat|sabbath|kosher|halal|hijab|headscarf|turban"
        r"|yarmulke|kippah|diwali|eid|eats? pork"
    ),
    "political_opinion": (
        r"vote[sd]?(?! (?:out|on|in favou?r))|voting|voter|ballot|political\w*|politics|(?:which|what) party"
        r"|party (?:member|membership|affiliation)|democrat\w*|republican\w*|tory|tories|labour|libertarian|socialist"
        r"|communist|marxist|fascist|far[- ](?:left|right)|left[- ]wing|right[- ]wing|leftie|lefty"
        r"|(?:liberal|conservative|progressive)" + _END + r"|trump|maga|biden|obama|clinton|brexit\w*|remainer"
        r"|pro[- ]?(?:life|choice)|activist|green party|(?:supports?|backs?|backing|supporting) (?:the )?(?:\w+ )?party"
    ),
    "ethnicity": (
        r"ethnic\w*|(?:his|her|their|what|which|of) race(?! (?:to|for|against))|racial (?:background|origin|makeup)"
        r"|mixed[- ]race|skin colou?r|(?:really|originally) from|heritage|ancestry|descent"
        rf"|{_BE} (?:\w+ )?(?:black|white|asian|hispanic|latino|latina|arab|african|indian|chinese|mexican|jewish|roma)"
        + _END
    ),
    "sexual_orientation": (
        r"gay|lesbian|bi(?:sexual)?" + _END + r"|straight" + _END + r"|queer|homosexual|heterosexual|lgbt\w*"
        r"|sexual\w*|orientation|in the closet|closeted|out of the closet"
        r"|(?:come|comes|came|coming) out (?:as|to (?:his|her|their) (?:family|parents|team|colleagues))"
        r"|into (?:men|women|guys|girls|dudes)|(?:like|likes|date|dates|dating|prefer|prefers) (?:men|women|guys|girls)"
        r"|same[- ]sex|transgender|trans(?: (?:man|woman|person)|" + _END[3:-1] + r")|non[- ]binary"
        r"|(?:his|her|their) (?:partner|spouse|other half) (?:is )?(?:a )?(?:man|woman|guy|girl|male|female)"
    ),
    "trade_union": (
        r"(?:in|join|joined|joining|member of|part of|with|belong to|belongs to) (?:a|the) (?:trade |labou?r )?union"
        r"|union (?:member|membership|rep|steward|card|dues|activist|guy|man|woman)s?|shop steward|unionist"
        r"|organi[sz](?:ing|es|ed|er) (?:a |the )?(?:union|workers|staff)|the local" + _END
    ),
    "genetic_biometric": (
        r"genetic\w*|dna|(?:his|her|their) genes|genome|23andme|ancestry test|hereditary|carrier of|fingerprints?"
        r"|face ?prints?|voice ?prints?|iris scan|retina scan|biometric\w*"
    ),
    "criminal_record": (
        r"criminal\w*|(?:police|prison|jail|arrest) record|rap sheet|(?:a|any) record" + _END + r"|arrest\w*"
        r"|convict\w*|prison|jail|(?:done|did|served|doing) time|locked up|behind bars|parole|probation|felon\w*"
        r"|felony|misdemeanou?r|dui|dwi|drunk driving|charged with|indicted|(?:sex )?offender|offen[cs]es?"
        r"|embezzl\w+|(?:committed|commit|guilty of) fraud"
    ),
}
_ATTRIBUTE = {c: re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE) for c, p in _CUES.items()}
# "AA" the twelve-step fellowship: after a word that puts a person in it ("is he in AA", "goes to aa"), or its meetings
_AA = re.compile(
    r"\b(?:in|at|to|attends?|attending|goes|going|went|from|join(?:ed|s)?|member of|joined) (?:the )?aa\b"
    r"(?! (?:batter\w*|rating|bonds?|flights?|miles|lounge))|\b(?:aa|na) (?:meetings?|sponsor|chip|program)\b",
    re.IGNORECASE,
)
_AUX = (
    r"is|isn'?t|are|aren'?t|was|wasn'?t|were|does|doesn'?t|do|don'?t|did|didn'?t|has|hasn'?t|have|had|could|would"
    r"|might|will|can|should"
)
_OPENER = r"^\s*(?:(?:so|and|but|also|just|ok|okay|quick q|honestly|seriously|like|then|hey)\s+)*"
# a question opening a sentence: "is he ...", "what religion ...", "any chance ..."
_QUESTION = re.compile(rf"{_OPENER}(?:{_AUX}|which|what|whats|what's|who|whose|how|any)\b", re.IGNORECASE)
# mid-sentence, a question needs its subject: "..., is he in AA" (not "my wife, is pregnant", "and do her insulin")
_SUBJECT_QUESTION = re.compile(rf"{_OPENER}(?:{_AUX}) (?:he|she|they|the|this|that|(?-i:[A-Z][a-z]+))\b", re.IGNORECASE)
_FIND_OUT = re.compile(
    r"(?<!-)\b(?:guess|infer|speculate|deduce|predict|estimate|figure out|work out|find out|look into|dig (?:up|into)"
    r"|check (?:if|whether|on)|see (?:if|whether)|tell me (?:if|whether|what|which)|let me know (?:if|whether)"
    r"|confirm (?:if|whether)|verify (?:if|whether)|determine (?:if|whether)|assess (?:if|whether)"
    r"|(?:want|need|like|wanna|trying) to (?:know|find out|figure out|work out|check) (?:if|whether|what|which)"
    r"|wonder(?:ing)? (?:if|whether)|curious (?:if|whether|what)|any idea|is there (?:any )?way to (?:tell|know)"
    r"|do you (?:think|reckon|suppose|figure|know)|would you (?:say|guess|think)|you reckon|likely|likelihood"
    r"|odds|chances|probability|probable|rate (?:how|the)|score (?:how|the)|best guess|judging (?:by|from)|going by"
    r"|tell from|based on)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"\b(?:he|she|him|his|her|hers|he'?s|she'?s|they|them|their|they'?re|himself|herself)\b"
    r"|\b(?:buyer|contact|champion|cfo|ceo|cto|coo|cio|cmo|ciso|vp|svp|evp|director|manager|head|lead|founder|owner"
    r"|guy|gal|man|woman|lady|bloke|dude|person|someone|somebody|rep|procurement|purchaser|admin|assistant|engineer"
    r"|analyst|boss|colleague|stakeholder|sponsor|signer|signatory|decision[- ]maker|exec|executive|controller"
    r"|treasurer|officer|president|chair(?:man|woman|person)?|coordinator|supervisor|architect|consultant|secretary"
    r"|counterpart|gatekeeper|intern|partner|wife|husband|son|daughter|people|contacts|buyers|folks|attendees)s?\b",
    re.IGNORECASE,
)
# a name: a given name the lists know, a full name, an owner ("Kary's"), or the subject of a question ("is Kary ...")
_CAPITALISED = re.compile(r"(?<![\w'])(?P<name>[A-Z][a-z]+)(?P<after>(?:'s|’s)\b| [A-Z][a-z]+\b)?")
_SUBJECT = re.compile(rf"\b(?:{_AUX}|if|whether|that|guess|reckon) (?-i:[A-Z][a-z]+)\b", re.IGNORECASE)
_NOT_NAMES = frozenset(
    "Is Are Was Were Does Do Did Has Have Had Could Would Might Will Can Should Which What Whats Who Whose How Any "
    "The This That These Those My Our Your Their Hey Hi Please Pls Quick Just So And But Also Okay Ok I "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Muslim Jewish Christian Catholic Hindu Sikh Buddhist Mormon Democrat "
    "Republican Tory Labour Trump Asian Black White Hispanic Latino Arab African Indian Chinese Mexican".split()
)
# deal-side nouns next to the word: "is the Cancity deal sick?", "conservative forecast", "the pipeline's health"
_BUSINESS = re.compile(
    r"\b(?:deal|deals|pipeline|pipe|account|forecast|quarter|revenue|contract|data|crm|product|price|pricing|stage"
    r"|numbers|budget|renewal|estimate|quote|discount|opportunit\w+|opp|opps|target|quota)\b",
    re.IGNORECASE,
)
_PIECES = re.compile(r"([.?!;\n]+|,|\s[-–—:]+\s|\s(?:and|but|so|because|cause|cuz|coz|since|then|while)\s)", re.I)
_SENTENCE_BREAK = re.compile(r"[.?!;\n]|\s[-–—:]+\s")


def guessed_trait(text: str) -> str | None:
    """The special-category attribute a piece of ``text`` asks the bot to guess about a person, or None."""
    parts = _PIECES.split(text)
    for i in range(0, len(parts), 2):
        piece, before = parts[i], parts[i - 1] if i else "."
        asked = "?" in (parts[i + 1] if i + 1 < len(parts) else "")
        opens = _SENTENCE_BREAK.search(before) is not None
        asking = asked or (_QUESTION.search(piece) if opens else _SUBJECT_QUESTION.search(piece))
        find_out = None if asking else _FIND_OUT.search(piece)
        if not (asking or find_out):
            continue
        asked_about = piece[find_out.start() :] if find_out else piece  # what follows "find out if ..."
        if asked and i and _CONFIRM.match(piece):  # "I have a feeling he's gay. confirm?": the claim is the question
            asked_about = piece = parts[i - 2]
        category = _trait_in(asked_about)
        if category is not None and (_names_someone(piece) or (asked and i and _names_someone(parts[i - 2]))):
            return category
    return None


# a bare request to confirm what the piece before it claims: "... confirm?", "right?", "am I wrong?"
_CONFIRM = re.compile(
    r"^\s*(?:(?:can|could) you )?(?:confirm|right|true|correct|yes or no|am i right|am i wrong|agree|thoughts|is that"
    r" (?:right|true|correct)|is it|isn'?t it|don'?t you think|what do you think|you think|or not|yeah)\W*$",
    re.IGNORECASE,
)


def _trait_in(piece: str) -> str | None:
    if _AA.search(piece):
        return "health"
    for category, attribute in _ATTRIBUTE.items():
        for found in attribute.finditer(piece):
            near = piece[max(0, found.start() - 25) : found.end() + 25]
            if not _BUSINESS.search(near) and not _part_of_a_name(piece, found):
                return category
    return None


def _part_of_a_name(piece: str, found: re.Match[str]) -> bool:
    """ "Christian Werner", "Randy Gay": a capitalised cue before a capitalised word, or after a given name."""
    if not found.group(0)[:1].isupper():
        return False
    after = re.match(r"\s+[A-Z][a-z]+", piece[found.end() :])
    before = re.search(r"\b[A-Z][a-z]+\s+$", piece[: found.start()])
    return after is not None or (before is not None and gender_of(before.group(0).split()[0]) is not None)


def _names_someone(piece: str) -> bool:
    """Someone the piece is about: a pronoun, a role, people, or a person's name."""
    if _PERSON.search(piece) or _SUBJECT.search(piece):
        return True
    for m in _CAPITALISED.finditer(piece):
        if m.group("name") in _NOT_NAMES:
            continue
        if gender_of(m.group("name")) is not None or (m.group("after") or "").startswith(("'", "’")):
            return True
        if m.group("after") and m.group("after").strip() not in _NOT_NAMES:
            return True  # "Sarah Kim"
    return False
