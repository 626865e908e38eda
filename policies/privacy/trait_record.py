"""Writing a person's special-category trait into the CRM: "tag him as Jewish in his contact record", "mark the CFO
as pregnant", "add to her profile that she's gay". Guessing such a trait is refused beside it (trait_request);
recording it, even when the rep states it as fact, is the same Art. 9 processing and is refused too. The trait must
be what the person is labelled *as*: "flag him as the decision maker" or "tag the account as healthcare" stay quiet.
Patterns run on the chat screen's normalised text (lower case, single spaces, padded)."""

from __future__ import annotations

import re

# the traits as a label on a person, by GDPR Art. 9/10 category; words with everyday business senses ("record",
# "party", "union" alone, "health") are left out
_TRAITS = (
    r"jewish|a jew|muslim|a muslim|christian|a christian|catholic|a catholic|hindu|a hindu|sikh|a sikh|buddhist"
    r"|a buddhist|mormon|a mormon|atheist|an atheist|religious|devout|orthodox jewish|observant"
    r"|pregnant|disabled|diabetic|depressed|autistic|bipolar|epileptic|alcoholic|an alcoholic|an addict"
    r"|hiv positive|hiv-positive|terminally ill|mentally ill|in rehab|on medication|having chemo|having a breakdown"
    r"|gay|lesbian|bisexual|queer|trans|transgender|straight|homosexual"
    r"|black|asian|hispanic|latino|latina|arab|roma|jewish-american|african-american|mixed race|mixed-race"
    r"|a democrat|democrat|a republican|republican|a tory|tory|labour|a labour voter|a trump supporter|a socialist"
    r"|a union member|union member|unionised|unionized|a shop steward|in the union"
    r"|a felon|felon|an ex-con|ex-con|an ex-convict|convicted|a convicted \w+|on parole|on probation"
)
_PERSON = (
    r"(?:him|her|them|he|she|the (?:new |old |current |former |main |lead )?(?:buyer|contact|cfo|ceo|cto|coo|cio|vp"
    r"|champion|guy|woman|man|lady|person|lead|manager|director|owner|founder|decision maker)"
    r"|(?!(?:it|this|that|these|those|the|a|an|all|every|each) )[a-z][\w'-]+)"
)
_LABEL = (
    r"(?:tag|tags|tagged|label|labels|labelled|labeled|mark|marks|marked|flag|flags|flagged|list|classify|code|set)"
)
_WRITE_DOWN = r"(?:add|put|note|write|record|log|enter|save|store|update)"
_IS = r"(?:he|she|they)(?:'s| s| is| are| was| re)?"  # "he's" is normalised to "he"
_RECORD = r"(?:record|profile|crm|contact|contact card|card|notes|file|field|entry|account notes|details|salesforce)"

# the label ends at the trait: "as Jewish in his record", not "as black friday leads" or "as straight to procurement"
_ENDS = (
    r"(?= (?:in|on|within|inside|so|and|because|since|please|pls|now|too|then|going|for|from|thanks|thx|everywhere"
    r"|across|under) | $)"
)

TRAIT_LABEL = re.compile(
    # "tag him as Jewish", "mark the buyer down as a union member", "flag Joe as gay in the CRM"
    rf" {_LABEL} {_PERSON}(?: (?:at|from|of) [\w'-]+)? (?:down |up )?as (?:being )?(?:{_TRAITS}){_ENDS}"
    # "add to her profile that she's pregnant", "note in his record that he is gay"
    rf"| {_WRITE_DOWN} (?:[\w'-]+ ){{0,6}}?{_RECORD} (?:[\w'-]+ ){{0,2}}?that {_IS} (?:{_TRAITS}){_ENDS}"
    # "note that she's pregnant in her contact record"
    rf"| {_WRITE_DOWN} (?:down )?that {_IS} (?:{_TRAITS}) (?:[\w'-]+ ){{0,4}}?"
    rf"(?:in|on|to|into) (?:his|her|their|the) (?:[\w'-]+ )?{_RECORD} "
)


def records_a_trait(t: str) -> bool:
    """Whether ``t`` asks to write a person's health, faith, ethnicity, sexuality, politics, union membership or
    criminal past into a record about them."""
    return TRAIT_LABEL.search(t) is not None
