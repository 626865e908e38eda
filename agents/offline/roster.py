"""Who is on a team, and who in it has no deal of a kind: the words that ask for a roster rather than a ranking.
A ranking names the rep with the most; a roster names everyone, those with none apart."""

from __future__ import annotations

import re

# who is on a team: "how many ppl do I have on my team", "who's in the West office", "anyone without a single deal?"
_MEMBERS = r"(?:people|reps|salespeople|sellers|agents|members|folks|heads|team members)"
_UNIT = r"(?:(?:my|our|the|\w+) )?(?:\w+ )?(?:team|office|region)"
_WHO = rf"(?:which|who|any|anyone|anybody|how many {_MEMBERS})"
ROSTER = re.compile(
    rf" how many {_MEMBERS} (?:\w+ ){{0,3}}(?:on|in|under|report to|work for) {_UNIT} "
    r"| who (?:reports|report|works|work|sits|sit) (?:directly )?(?:in )?(?:to|for|under) "  # "who reports to Celia"
    # the whole sales force counted: "how many reps do we have", "how many salespeople in total"
    rf"| how many {_MEMBERS} (?:(?:do we have|are there|have we got|we got)(?: in total| total| overall)?"
    r"|in total|total|overall|company-wide) (?=$|and |now |right now |pls |please |today |currently |at the moment )"
    # "how many reps does the East office have"
    rf"| how many {_MEMBERS} (?:does|do|did) {_UNIT} (?:have|employ|got|carry) "
    rf"| who(?:'s| is| are) (?:on|in) {_UNIT} | who (?:on|in) {_UNIT} (?:$|(?=(?:and|plus|also) ))"
    r"| (?:team size|size of (?:my|our|the) team|headcount (?:on|of|in) (?:my|our|the) team|my team roster|roster) "
    r"| (?:anyone|anybody|any reps?|who|which reps?|reps?|someone|somebody|people|agents?) (?:\w+ ){0,4}"
    r"(?:(?:with|has|have) (?:(?:literally|actually|really|still|currently|genuinely) )?(?:no|zero|0) deals"
    r"|not (?:got )?a single deal|without (?:a single |any )?deals?"
    r"|(?:not|hasnt|hasn't|havent|haven't) got (?:a single|any) deals?|never had a deal) "
    # "which of my reps have literally nothing open", "how many reps have no won deals": the roster, by stage
    rf"| {_WHO} (?:of )?(?:\w+ ){{0,4}}(?:has|have|with|got|is|are) "
    r"(?:\w+ )?"
    r"(?:nothing|no deals?|zero deals?|no|zero|0) (?:open|won|closed|lost|engaging|prospecting"
    r"|in (?:the )?pipe(?:line)?|wins|losses|sales) "
)
