"""More phrases behind ``stakeholder_change`` (cues_people.py holds the main table): the champion naming who comes
after them, retiring, someone inheriting the decision, and the right to decide taken from the people who had it
and given to a new body.
"""

from __future__ import annotations

from agents.insights.cues import cue

# cover while someone is away is no change of decision maker: "my replacement while I'm on leave is Jo"
_WHILE_AWAY = (
    r"(?![^.;]{0,60}\b(?:while|whilst|until|till|during)\b (?:I|she|he|they|my)\b(?:'m| am|'s| is|'re| are)?"
    r" ?(?:away|out|off|on|back|leave|holiday|vacation|absence|parental|maternity|paternity|sabbatical))"
)
# who decides for buying, not for anything else the company does ("all leave requests will be decided by HR")
_BUYING = (
    r"(?:software |it |tool |technology |new |pending |open )*(?:purchas\w*|decisions?|contracts?|spend\w*|vendors?"
    r"|suppliers?|investments?|orders?|procurement)"
)
# who may hold a sign-off: "their procurement director", "the new CFO", or someone by name (not "We", "It")
_ROLE = r"(?:(?:procurement|purchasing|finance|group|new|regional) )?(?:director|head|cfo|ceo|coo|md|vp|manager|owner)"
_SOMEONE = r"(?:he|she|they|(?-i:(?!(?:We|You|It|This|That|There|Who)\b)[A-Z][a-z]+))"
_DECIDERS = r"(?:department heads|managers|team leads|budget holders|I|we|he|she|they|(?-i:[A-Z][a-z]+))"

AUTHORITY_MOVED = (
    # the champion names who comes after them: "My successor is Dr Hoffmann", "my replacement, Ana, starts Monday"
    cue(r"\bmy (?:successor|replacement)\b(?! (?:laptop|phone|card|part|unit|device|model))" + _WHILE_AWAY, 0.8),
    # the champion retiring, told in the plain present or future: "I retire at the end of April" (not retiring a
    # system: "we'll retire the old tool in May")
    cue(
        r"\bI(?:'ll| will| am going to|'m going to| shall)? retire(?=\s+(?:at|in|on|next|this|from|after|soon|early"
        r"|end|once|when)\b|\s*[.,;!\u2014]|$)",
        0.8,
    ),
    # the right to decide given to a new body: "all software purchases will be decided by the new Investment Board"
    cue(
        r"\b" + _BUYING + r"\b[^.;]{0,60}\b(?:will|shall|are(?: now)? to|is(?: now)? to|must|are now|is now)"
        r"(?: now| from now on| henceforth| in future)? be (?:decided|approved|signed(?: off)?|made|owned"
        r"|authori[sz]ed) by (?:the |a |our )?(?:new|newly[- ]\w+)\b",
        0.85,
    ),
    # and taken from those who had it: "Department heads will no longer sign software contracts"
    cue(
        r"\b" + _DECIDERS + r" (?:will |can |may |are |is )?no longer (?:be (?:able|allowed|authori[sz]ed) to )?"
        r"(?:sign|approve|decide on|authori[sz]e|buy|purchase) (?:any |new |software |it |tool |technology )*"
        + _BUYING
        + r"\b",
        0.85,
        negatable=False,
    ),
    # the decision itself inherited or passed on with a role: "Ingeborg inherits sales ops and, with it, this
    # decision", "the purchase goes to Marek along with my team" (not inheriting a system: "we inherited the old CRM")
    cue(
        r"\b(?:inherit(?:ed|s|ing)?|picks? up|picked up|gets?|got)\b[^.;]{0,40}?\bwith (?:it|that|them),? (?:this|the)"
        r" (?:final )?(?:decision|call|sign-?off|purchase|deal|evaluation)\b"
        r"|\binherit(?:ed|s|ing)? (?:this|the|my|our) (?:final )?(?:decision|call|sign-?off|purchase|evaluation)\b"
        r"|\b(?:this|the) (?:final )?(?:decision|call|sign-?off|purchase)\b(?: now)? (?:goes|went|passes|passed|moves"
        r"|moved) (?:on )?to (?-i:[A-Z])[a-z]+\b[^.;]{0,20}\b(?:along with|together with|with) (?:my|his|her|the)"
        r" (?:role|job|team|department|portfolio|remit)\b",
        0.85,
    ),
    # the writer says the choice has left them, in so many words: "the choice isn't mine anymore", "the call is no
    # longer ours" (not shared as ever: "the decision isn't mine alone")
    cue(
        r"\b(?:choice|decision|call|sign-?off|final say)\s+(?:(?:isn't|is not|'s not|won't be|will not be)"
        r"(?: really)? (?:mine|ours|(?:my|our) (?:call|decision|choice)|up to (?:me|us))(?:,? (?:any ?more|any longer"
        r"|now))|(?:is|'s|will be) no longer (?:mine|ours|(?:my|our) (?:call|decision|choice)|up to (?:me|us)))\b",
        0.85,
        negatable=False,
    ),
    # buying routed to another body from now on: "all software buying now goes through group IT in Boston" (not the
    # usual route: "all purchases go through procurement as always")
    cue(
        r"\b(?:all|every|any)\b(?: [\w-]+){0,2}? (?:buying|" + _BUYING + r")\b[^.;]{0,30}?\b(?:now|from now on"
        r"|henceforth|going forward|in future) (?:goes|go|has to go|have to go|must go|runs?|needs? to go|is routed"
        r"|are routed) through\b(?![^.;]{0,40}\bas (?:always|usual|before|ever)\b)",
        0.85,
    ),
    # the writer takes the deal over from a point on: "I'll be handling this from now on", "I'm picking this up
    # going forward" (not a side task: "I'll be handling the invoices from now on", nor cover while someone is away)
    cue(
        r"\bI(?:'ll| will| am|'m|'ll now| will now)(?: be)? (?:handling|looking after|dealing with|running|owning"
        r"|picking up|taking over|in charge of|responsible for|your (?:main |primary )?(?:contact|point of contact))"
        r"(?: (?:this|it|the (?:deal|purchase|project|decision|evaluation|quote|proposal|renewal|order|contract)"
        r"|your (?:quote|proposal)))?(?: (?:personally|myself|directly))?,? (?:from now on|going forward|from here on"
        r"|from here|henceforth|from today|as of (?:today|now|this week))\b" + _WHILE_AWAY,
        0.8,
    ),
    # the writer's own signature on it gone from a point on: "I don't sign these off myself any more; she decides",
    # "I no longer approve this" (not as ever: "I don't sign these off myself, our CFO always has")
    cue(
        r"\bI (?:(?:don't|do not|won't|will not|can't|cannot) (?P<since>)|no longer )"
        r"(?:get to |have the authority to )?(?:sign|approve|authori[sz]e|decide on)(?: off| off on| on)?"
        r" (?:these|this|it|them|those|such (?:purchases|orders|contracts)"
        r"|the (?:contract|purchase|order|deal|quote|proposal))(?: off)?"
        r"(?: (?:myself|personally|alone|on my own))?"
        r"(?(since),? (?:any ?more|any longer|from now on|going forward|as of (?:now|today|this week))\b|)"
        + _WHILE_AWAY,
        0.8,
        negatable=False,
    ),
    # someone new restarts the decision as their own: "I'm taking the decision through procurement from scratch",
    # "I'll re-run the evaluation myself" (the writer is the newcomer: an owner who stays says so and is blocked)
    cue(
        r"\bI(?:'ll| will| am|'m|'ve| have)(?: be| now| going to)? (?:tak(?:e|ing|en)|run|running|re-?run(?:ning)?"
        r"|redo(?:ing)?|re-?do(?:ing|ne)?|restart(?:ing|ed)?|re-?open(?:ing|ed)?)\b (?:the|this|that) (?:whole )?"
        r"(?:decision|evaluation|selection|purchase|process)\b[^.;]{0,50}\b(?:from scratch|afresh|from square one"
        r"|from the (?:start|beginning|top)|myself)\b",
        0.8,
    ),
    # someone else holds the sign-off from now on and the writer steps back: "their procurement director now signs off
    # anything over 10k for us", "she'll run this going forward, I'm just advising" (not the writer keeping it: "we
    # now sign off anything over 10k at the weekly meeting", nor "I'm advising the board to approve")
    cue(
        r"\b(?:" + _SOMEONE + r"|" + _ROLE + r")(?: now| from now on| going forward)"
        r" (?:signs?|approves?|authori[sz]es?|decides?)(?: off)?(?: on)? (?:anything|everything|all|any|every"
        r"|purchases|contracts|this|it)\b"
        r"|\b" + _SOMEONE + r"(?:'ll| will) (?:run|own|lead|drive|handle|decide) (?:this|it|the"
        r" (?:deal|purchase|decision|evaluation))(?: (?:from here|going forward|from now on|from here on))\b"
        r"|\bI(?:'m| am)(?: now)? (?:just|only|merely) (?:advising|an? (?:adviser|advisor|observer)|consulting)"
        r"(?=\s*(?:[.,;!)]|$|now|from here|going forward))",
        0.8,
    ),
)

# the decision named as someone else's from a point on: "the decision on the renewal is his from now on", "the call
# is Marta's going forward", "sign-off rests with her from today" (not as ever: "the decision is still his")
_FROM_NOW = r"(?:from now on|now|going forward|henceforth|from (?:today|tomorrow|monday|next week|here on|this point))"
DECISION_PASSED = cue(
    r"\b(?:decision|call|sign-?off|final say)\b(?: (?:on|about|for|over) [^.;,]{1,40}?)? (?<!still )"
    r"(?:(?:is|'s|will be|becomes) (?:his|hers|theirs|(?-i:[A-Z])[a-z]+(?:'s|\u2019s))"
    r"|(?:is|'s|will be|rests|lies|sits) with (?:him|her|them|(?-i:[A-Z])[a-z]+(?! [a-z])))"
    r"(?: alone| entirely)? " + _FROM_NOW + r"\b",
    0.85,
)
