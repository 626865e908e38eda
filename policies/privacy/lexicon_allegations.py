"""Cues for alleged offences (GDPR Art. 10): a person the police or prosecutors are investigating, and an
offence told as alleged or suspected ("suspended while police investigate him for allegedly bribing a customs
official", "suspected of embezzling", "helping police with their enquiries").

Senses that must not match: an investigation of a thing or a firm ("police are investigating a break-in at
the Acme warehouse"), an internal review ("Legal is investigating him for the overspend"), a rival's alleged
business move ("Quorvia allegedly undercut us"), and figures of speech ("stealing the show")."""

from __future__ import annotations

from policies.privacy.lexicon_criminal import _CRIME

# an offence as a deed, in the forms "allegedly ...", "suspected of ...", "accused of ..." take
_DEED = (
    r"(?:brib(?:ing|ed)|(?:taking|took|taken|accepting|accepted|paying|paid|offering|offered|demanding|demanded) "
    r"(?:a |\w+ )?(?:bribes?|kickbacks?|backhanders?)|embezzl(?:ing|ed)|defraud(?:ing|ed)|launder(?:ing|ed) "
    r"(?:money|cash|funds|the proceeds)|assault(?:ing|ed)|stabb(?:ing|ed)|punch(?:ing|ed) (?:a|an|his|her|the)|"
    r"(?:stealing|stole|stolen|thieving|pilfer(?:ing|ed)|pocket(?:ing|ed)) (?:from|money|cash|funds|goods|stock|"
    r"equipment|(?:\w+ )?data|laptops?|a car|cars|fuel|£|\$|€|\d)|shoplift(?:ing|ed)|forg(?:ing|ed) (?:a |an |"
    r"the |his |her )?(?:\w+ )?(?:signatures?|documents?|cheques?|checks?|invoices?|papers|passports?)|"
    r"falsif(?:ying|ied) (?:the |his |her |their )?(?:\w+ )?(?:accounts|records|documents|invoices|expenses|"
    r"figures|books|tax returns?)|fiddl(?:ing|ed) (?:the |his |her )?(?:expenses|books|accounts)|cooking the books|"
    r"extort(?:ing|ed)|blackmail(?:ing|ed)|smuggl(?:ing|ed)|traffick(?:ing|ed)|(?:dealing|dealt|selling|sold|"
    r"supplying|supplied) (?:drugs|cocaine|heroin|cannabis|weed)|harass(?:ing|ed)|stalk(?:ing|ed)|grop(?:ing|ed)|"
    r"molest(?:ing|ed)|rigg(?:ing|ed) (?:the )?(?:bids?|tenders?)|bid-rigging|price-fixing|insider trading|"
    r"misappropriat(?:ing|ed) (?:\w+ )?(?:funds|money|assets)|siphon(?:ing|ed) (?:off )?(?:\w+ )?(?:funds|money|"
    r"cash)|swindl(?:ing|ed)|scamm(?:ing|ed)|hacking into|hacked into|driving (?:drunk|under the influence)|"
    r"drink-driving|drunk-driving|evading tax)"
)
# who investigates a crime, not a firm's own review ("Legal", "HR", "our auditors")
_INVESTIGATORS = (
    r"(?:police|cops|detectives?|(?:the )?FBI|(?:the )?SFO|Serious Fraud Office|fraud squad|prosecutors?|"
    r"(?:the )?(?-i:DA)|district attorney'?s? (?:office)?|Crown Prosecution Service|National Crime Agency|(?:the )?NCA|"
    r"Interpol|(?:the )?feds|anti-corruption (?:agency|bureau|unit|police|investigators)|criminal investigators)"
)
_INVESTIGATE = (
    r"(?:investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|look(?:s|ed|ing)? into|question(?:s|ed|ing)?|"
    r"interview(?:s|ed|ing)?|prosecut(?:e|es|ed|ing)|want(?:s|ed)? to (?:question|interview|speak to|talk to))"
)
# the one investigated: a pronoun, or a name followed by what for ("investigating Dana over an alleged assault");
# looked ahead for, so that the person gate sees the name outside the cue
_WHOM = (
    r"(?= (?:him|her|me)\b| (?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:for|over|about|in connection with|after|on "
    r"suspicion)\b)"
)

ALLEGATIONS = (
    (
        # an offence told as alleged or suspected, of someone ("allegedly bribing", "suspected of fraud"); one done
        # to them is not theirs ("allegedly assaulted by a customer")
        r"\b(?:allegedly|reportedly|alleged to have) (?:(?!(?:was|were|been|being|got|get)\b)\w+ ){0,2}?"
        + _DEED
        + r"\b(?! by\b)|\b(?:suspected of|(?<!\bus )(?<!\bthem )accused of|on suspicion of|investigated for|charged "
        r"over) (?:an? |the )?(?:" + _DEED + "|" + _CRIME + r")\b(?! by\b)|\b(?:his|her|my) (?:alleged|suspected) "
        r"(?:role in (?:the |an? )?|part in (?:the |an? )?)?(?:\w+ )?(?:fraud|theft|bribery|embezzlement|assault|"
        r"offen[cs]es?|crimes?)\b",
        "person",
    ),
    (
        # the police, prosecutors or a fraud office after one person ("while police investigate him")
        r"\b(?:the )?" + _INVESTIGATORS + r" (?:(?:are|is|were|was|have|has|had|been|now|still|currently|also|"
        r"reportedly) ){0,3}" + _INVESTIGATE + _WHOM + r"|\b(?:police|criminal|FBI|SFO|fraud squad) "
        r"(?:investigation|probe|inquiry|enquiry) (?:into|of) (?:him|her|me|his|her|my)\b|\b(?:subject|target|"
        r"focus) of (?:a|an|the) (?:\w+ )?(?:police|criminal|FBI|SFO|fraud squad) (?:investigation|probe|inquiry|"
        r"enquiry)\b|\bunder investigation by (?:the )?" + _INVESTIGATORS + r"|\b(?:helping|assisting) (?:the )?"
        r"police with (?:their )?(?:inquiries|enquiries)\b|"
        # what the police or prosecutors say someone did ("prosecutors allege that Ivo took bribes"); the one
        # said is looked ahead for, so that the person gate sees the name outside the cue
        r"\b" + _INVESTIGATORS + r" (?:say|says|said|allege|alleges|alleged|claim|claims|claimed|believe|believes|"
        r"suspect|suspects)(?= (?:that )?(?:\w+ ){1,3}?" + _DEED + r"\b(?! by\b))",
        "person",
    ),
)
