"""More closing words for ``close_date`` (at its size limit): a target said as a period's end ("Target year-end"),
the customer's yes or no promised by a date ("she'll give us a yes/no next Monday") and the customer wanting the
deal done by a date ("they want to be done end of April"), the vendor chosen by a date, the customer's paperwork
promised by one and a timing quoted word for word. Patterns run on lower-cased text."""

from __future__ import annotations

import re

# a period named loosely, as the customer's target: "EOM", "end of June", "Q2 next year", "mid-May", "year-end"
_PERIOD = (
    r"(?:eo[mqy]\b|(?:the )?end of\b|(?:month|quarter|year)[- ]end\b|mid[- ]?\w|(?:early|late) \w|q[1-4]\b|next\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)

_REALISTIC = (
    "it's",
    "it is",
    "it'll be",
    "it will be",
    "that's",
    "we're looking at",
    "they're looking at",
    "more like",
)

# an alternative for ``close_date._CLOSE_CUE``: "target year-end", "aiming for quarter-end"; not "target market"
MORE_CLOSE_CUES = (
    # the buying's timing told in a sentence: "Timing is next quarter", "timeline's Q3"; the deal itself done then:
    # "wants to do this in Q1", "they'd like to do the deal before year-end"
    r"(?:timing|timeline|time ?frame)(?= is\b|['’]s\b| looks like\b)|"
    r"(?:wants?|want(?:ed)?|would like|'d like|plans?|planning|hopes?|hoping|aims?|aiming|looking) to do "
    r"(?:this|it|the deal)(?= (?:in|by|before|at|around|early|mid|late|end|next|this|q[1-4])\b)|"
    # the deal finished by a date: "she wants to wrap up by the end of Q4", "wrapping things up before Christmas"; not
    # "wrap up the call"
    r"wrap(?:s|ping)? (?:things |this |it all |everything )?up(?= (?:by|before|in|within|this|next|around)\b)|"
    # the contract itself finished by a date: "we plan to finish the contract by the end of this quarter"
    r"(?:finish|finalis|finaliz|conclud|complet)\w* (?:the|this|our) (?:contract|agreement|purchase)"
    r"(?= (?:by|before|in|within|this|around)\b)|"
    # Portuguese and Dutch signing and closing: "Fechamento by the 25th", "assinar no fim do mês", "tekenen voor"
    r"fechamento|fechar(?:mos|emos|iam|ão)?|feche[mn]?|assinar(?:mos|emos|iam|ão)?|assinatura|"
    r"(?:onder)?teken(?:en|ing)|getekend|"
    # Spanish signing and closing: "Firma a fin de mes", "cierre en junio"; not the Polish/German "firma" (a company),
    # which no Spanish preposition (nor an English date put in for a Spanish one) follows
    r"firma(?:r|mos|remos|rán|ría|da|do)?(?= (?:a|al|en|el|la|antes|para|hacia|este|esta|by|before|end|in)\b)|"
    r"cierre|cerrar(?:emos|án)?|"
    # a tender's award, the buyer's decision: "Expected award date: 29 Sep", "contract award planned for May"
    r"(?:expected|planned|anticipated|target|estimated) (?:contract )?award(?: date| decision)?|"
    r"(?:contract )?award (?:is |will be )?(?:expected|planned|anticipated|scheduled)|"
    # the customer's yes or no promised with a date before it: "I'll come back to you by 30 September with a yes or
    # no"; not a bare "come back to you next week" (an answer to a question)
    r"(?:come|get|revert) back to (?:you|us|me)(?= (?:by|before|on|within|in|next|this|early|mid|late|end)\b"
    r"[^.;!?\n]{0,40}\bwith (?:a|an|the|our|their) (?:final |firm |clear )?(?:yes or no|yes/no|yes-or-no|"
    r"decision|verdict|go/no-go)\b)|"
    # Italian signing, and the decision in Dutch, Portuguese, Italian or Spanish: "Firma prevista entro fine
    # ottobre", "Besluit vóór het einde van het jaar"
    r"firma (?=previst[ao]\b)|firmer(?:anno|emo)\b|firmare\b|besluit\b|beslissing\b|decis(?:ão|ione|ión)\b|"
    # a terse note's field for the timing, "when:" opening its line, bullet or sentence: "- when: EOQ"; not "asked
    # when: ..." inside a sentence, nor an invite's "When: Tuesday, 9:00 AM-10:00 AM (GMT-06:00)" or a meeting's
    r"(?:(?<![^\n])|(?<=[-*•>] )|(?<=[.;|] ))when(?=[ \t]*[:=])(?![^\n]*(?:\d:\d\d|\d ?[ap]\.?m\b|\bgmt\b|\butc\b|"
    r"\b(?:demo|call|meeting|workshop|session|visit|kick-?off|training|lunch|dinner)\b))|"
    # a log record's field for the close or the outcome's day: "target_close=wk 9 (Fri 3 Mar)", "lost_on=2017-08-18"
    r"(?:target|expected|planned|projected|est(?:imated)?)_?close(?:_?date)?(?=\s*[:=])|"
    r"(?:won|lost|closed|signed|signature)_(?:on|date|at)(?=\s*[:=])|"
    # French signing and deciding: "On signe d'ici quinze jours", "signature prévue fin mars", "décision en mai"
    r"sign(?:e|ent|ons|er|era|erons|eront)\b|décision|"
    # Polish decision and signing: "Decyzja do końca kwartału", "podpisanie umowy w marcu"
    r"decyzj[aeiąę]\w*|podpis(?:ać|ze|zą|anie|ania)\b|"
    # the period's end said as the target, the target after it: "Year-end is their target", "quarter-end is the
    # deadline they gave"; not "year-end is busy for them"
    r"(?:(?:year|quarter|month|q[1-4])[- ]?end|end of (?:the |this |next )?(?:year|quarter|month))"
    r"(?= (?:is|was|remains|stays) (?:still )?(?:their|the|our|her|his) "
    r"(?:\w+ )?(?:target|goal|deadline|aim)\b)|"
    r"(?:target(?:ing|ed)?|aim(?:s|ing|ed)? for) (?:the )?(?=(?:year|month|quarter|q[1-4])[- ]?end\b)|"
    # "aiming" with the period straight after, no "for": "Aiming mid-Dec.", "aiming end of Q3"; not "aiming to send
    # the deck", nor a meeting's date ("aiming mid-May for the workshop")
    r"aim(?:s|ing|ed)? (?=(?:eo[mqy]\b|(?:the )?end of\b|(?:month|quarter|year)[- ]end\b|mid[- ]?[a-z]|"
    r"(?:early|late) [a-z]|q[1-4]\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d*)"
    r"(?![^.;!?\n]*\b(?:demo|call|meeting|workshop|session|visit|kick-?off|training|review)\b))|"
    # the customer's decision said as "the call", a time straight after: "he'll make the call two weeks after the
    # pilot ends", "they make the final call by Friday"; not ours ("I'll make the call"), nor a phone call to someone
    r"(?<!i'll )(?<!we'll )(?<!\bi )(?<!\bwe )(?<!i will )(?<!we will )make (?:the|their|his|her) (?:final )?call"
    r"(?= (?:by|before|after|within|in (?:a|an|two|three|four|\d)|next|this|early|mid|late|end|around|"
    r"(?:\w+ )?(?:days?|weeks?) after|the \w+day after)\b)|"
    # the customer's answer on the deal: "she'll give us a yes/no next Monday", "a yes or no by Friday"; not "an
    # answer on the SSO question"
    r"(?:give|get|have) (?:us |me |you )?(?:a|an|the|their|her|his) (?:final |firm )?"
    r"(?:yes/no|yes or no|yes-or-no|verdict)|"
    # ... an answer to us with a time straight after: "he'll give us an answer in ten days"; not "an answer on the
    # SSO question", not ours to give ("I'll give them an answer")
    r"give (?:us|me) (?:a|an|the|their|her|his) (?:final |firm |clear )?answer"
    r"(?= (?:in|by|within|before|next|this|early|mid|late|around|end)\b)|"
    # the customer needing our yes on the deal by a date: "she needs a yes before the end of the year", "wants an
    # answer from us by end of July"; not our own need ("I need an answer by Friday"), not an untimed side question
    r"(?<!\bwe )(?<!\bi )(?:need|needs|want|wants) (?:a|an|our|the) (?:final |firm |clear )?(?:yes|answer)"
    r"(?: from (?:us|me))?(?= (?:by|before|within)\b)|"
    # the deal itself that has to be finished within a period: "so it has to be done in Q3"; not a task ("the SSO
    # migration has to be done in Q3") nor an order of things ("it has to be done with legal first")
    r"\b(?:it|this|everything) (?:has|needs|must)(?: to)? be (?:done|signed|closed|finished|wrapped up)"
    r"(?= (?:in|by|before|within) (?:the end of |end of )?(?:q[1-4]|this|next|the|[a-z]+ \d|\d))|"
    # a contact's guess at when, said as a period's end: "she says maybe year-end", "he reckons quarter end"; not
    # "says year-end is their busy season"
    r"(?:says|said|reckons|reckoned|thinks|guesses|guessed) (?:maybe |probably |possibly |likely |perhaps )?"
    r"(?=(?:the )?(?:year|quarter|month)[- ]?end\b(?! (?:is|was|are)\b)|end of (?:the )?(?:year|quarter)\b)|"
    # the customer wanting the deal itself finished: "they want to be done end of April", "she hopes to have it
    # signed by the 20th"; not "to be done with the audit first", not a task of ours ("I need to be done by 5")
    r"(?:they|she|he)(?:'d| would)? (?:want|wants|need|needs|hope|hopes|expect|expects|aim|aims|plan|plans) to "
    r"(?:be|get it|have it|have this|get this) (?:all )?(?:done|signed|closed|finished|wrapped up|sorted)\b(?! with\b)|"
    # the deal itself expected by a date, said bare: "still expecting it end of Q3", "we expect the order by June";
    # not something else awaited ("expecting the delivery end of Q3")
    r"\b(?:expecting|expects?|expected) (?:it|the (?:deal|order|po|signature|contract|close)|to close)"
    r"(?= (?:by |before |around |in |at )?(?:the )?(?:end|mid|q[1-4]|eo[mqy])\b)|"
    # the customer's choice of vendor made by a date: "wants the supplier picked by Q3", "will select a vendor by
    # June"; not a vendor of the past ("the vendor they chose in 2015")
    # the customer wanting to finish the deal itself: "we'd like to finish this by the end of next month"; not a task
    # named ("finish the pilot by Friday")
    r"(?<!\bi )(?:we|they|she|he)(?:'d| would)? (?:like|likes|want|wants|need|needs|hope|hopes|aim|aims|plan|plans) "
    r"to finish (?:this|it|things|the deal|the purchase)(?: (?:off|up))?(?= (?:by|before|within)\b)|"
    # the timing given under its label: "Timeline, she said in six weeks", "timeline: end of Q2"; not a meeting's
    r"timeline(?:[,:]| is| -)\s*(?:(?:she|he|they) (?:said|says|thinks|reckons),?\s*)?"
    r"(?=(?:in|by|before|within|end|mid|eo[mqy]|q[1-4]|next|around|about|roughly)\b)"
    r"(?![^.;!?\n]*\b(?:demo|call|meeting|workshop|session|pilot|trial|training|kick-?off|onboarding|review)\b)|"
    r"(?:vendor|supplier|provider|solution)s? (?:is |are |to be |will be |should be )?(?:chosen|selected|picked)"
    r"(?= (?:by|before|in|within|at)\b)|(?:choose|choosing|select|selecting|pick|picking) (?:a|the|their|one) "
    r"(?:new )?(?:vendor|supplier|provider|solution)s?(?= (?:by|before|in|within|at|on|next|this)\b)|"
    # the approver's formal yes: "needs her MD to rubber-stamp it, which should happen by the 15th"; not the tool
    # ("layers, magic wand, rubber stamp) Monday Oct 22")
    r"rubber[- ]?stamp(?:s|ed|ing)?(?= (?:it|this|that|them|the (?:deal|order|contract|purchase|spend|po|budget))\b)|"
    # the customer's papers promised by a date, said bare: "he says paperwork by the 31st"; not ours to send
    r"(?<!send )(?<!send the )(?<!send over the )(?<!send them the )(?<!prepare the )(?<!draft the )(?<!our )"
    # ... nor ours to get to them: "if you get me the paperwork by tomorrow"
    r"(?<!get me the )(?<!get us the )(?<!get him the )(?<!get her the )(?<!get them the )"
    # ... or as chat shorthand: "paper by next friday she says"; not a document ("white paper by Friday")
    r"(?<!white )(?<!research )(?<!position )(?<!discussion )paper(?:work|s)?(?= (?:by|before|due)\b)|"
    # the deal itself wanted by the customer as "this": "Ruth wants this by mid-May"; not "wants this
    # fixed by Friday" (a task) nor "wants this week's slides"
    # the incumbent left by a date, so ours bought by then: "uses Kestrel and wants off by the end of the month"; not
    # "wants off the call by 3"
    r"(?:want|wants|need|needs) (?:to (?:be|get) )?off(?= (?:it |them |that |the (?:old |current )?"
    r"(?:tool|system|platform|contract) )?(?:by|before)\b)|"
    r"(?:want|wants|wanted) this(?= (?:by|before|done|signed|closed|wrapped|sorted|in place|over the line)\b)|"
    # the purchase itself wanted live by a date: "anything would need to be in place by end of June"; not a task's
    # piece ("the SSO fix needs to be in place by Friday")
    r"(?:it|this|anything|everything|something|whatever|the (?:solution|system|platform|tool|software))"
    r"(?: would| will|'d|'ll)? (?:need|needs|has|have|must|should)(?: to)? be in place(?= (?:by|before)\b)|"
    # a new system wanted live by a date, said vaguely: "they want something live by end of Q1", "she needs a tool
    # up and running before March"; not a piece of it ("want the SSO fix live by Friday"), not our own wish
    r"(?<!\bwe )(?<!\bi )(?:want|wants|wanted|need|needs|expect|expects)(?: to have)? (?:something|anything|"
    r"a (?:new )?(?:solution|system|platform|tool|crm)) (?:live|in place|up and running|running|rolled out|deployed)"
    r"(?= (?:by|before)\b)|"
    # a period judged the likely one, said before it: "realistically it's Q2 next year"; not "realistically it's a
    # long shot" (no period straight after)
    # (the cue stands where the period starts, so a period missed before it is the farther: "missed Q3, so
    # realistically it's Q1 next year")
    # (or the period alone after it: "Realistically end of next quarter, after our planning cycle")
    r"(?:" + "|".join(f"(?<=realistically{c} {v} )" for c in ("", ",") for v in _REALISTIC) + r"|(?<=realistically )"
    r"|(?<=realistically, ))"
    r"(?=(?:(?:probably|likely|around|about) )?" + _PERIOD + r")|"
    # a contact accepting a period's end: "dana says EOM works", "he said end of May is fine"; not a meeting's day
    # ("says Tuesday works for the demo")
    # (or judged doable: "chidi says EOM is doable", "she said end of June is achievable")
    r"(?:says|said|confirms|confirmed|reckons|thinks)(?: that)?(?= " + _PERIOD + r"[^.;!?\n]{0,20}? (?:works|would "
    r"work|could work|should work|is fine|is ok|is okay|suits|(?:is|looks|seems|sounds) (?:\w+ )?(?:doable|do-able|"
    r"feasible|achievable))\b(?![^.;!?\n]*\b(?:demo|call|meeting|workshop|session|"
    r"review|presentation|visit|kick-?off|catch-?up|chat|training|onboarding)\b))|"
    # a contact's period in mind for the purchase itself: "he's thinking Q2 for any purchase", "she's eyeing year-end
    # for the order"; not "thinking next week for the demo"
    r"(?:thinking|eyeing|looking at|pencil+ing in)(?= (?:maybe |probably |around )?" + _PERIOD + r"[^.;!?\n]{0,20}? "
    r"for (?:any|the|a|an|their|this) (?:new )?(?:purchase|buy|order|decision|signature)\b)|"
    # the contact's new date, after the old one: "it was end of the quarter, now she says end of January"; not a
    # meeting's ("now he says next week works for the demo")
    r"now (?:she|he|they) (?:says?|wants?|expects?|reckons?|thinks?)(?= (?:maybe |probably )?"
    + _PERIOD
    + r"(?![^.;!?\n]*\b(?:demo|call|meeting|workshop|session|visit|kick-?off|training)\b))|"
    # a contact's timing quoted word for word, the quote closing its clause: "Fen said 'end of April', which ..."; not
    # "she said 'great demo' on Monday"
    r"(?:said|says|told (?:me|us))[,:]? ['\"‘“]"
    r"(?=[^'\"’”\n]{3,30}['\"’”](?:[,.;:!?)\n]|\s+(?:when|which|but|so|and)\b|$))"
)

# more words telling a won deal's date, for ``close_date._OUTCOME_CUE``: an e-signature's completion stamp,
# "Envelope completed", "Completed: Nov 28, 2017 16:42"; not "training completed" with no label or envelope
OUTCOME_MORE = (
    r"(?:envelope|document|signing|signature)s? (?:was |has been )?completed|completed(?=\s*:)|"
    # the customer's paper that makes the win, sent to us: "Olga sent the PO this am", "they returned the signed order
    # form on Friday"; not ours sent to them ("we sent the contract on the 3rd")
    r"(?<!\bwe )(?<!\bi )(?<!\bi've )(?<!\bwe've )(?:sent|emailed|returned|issued|raised|cut)"
    r"(?: (?:us|me|over|back|through|in))? (?:the |their |a |an )?"
    r"(?:signed |countersigned )?(?:po|purchase order|order form|contract|agreement)s?"
)


# a period's end given bare as one item of a list of the deal's facts, a figure among them: "Grace Okafor, practice
# manager, 8,250 USD, end of Q3, no rivals"; not such a period in prose ("the audit is done by end of Q3") nor in a
# list without the deal's figure ("roadmap, end of Q3, training")
_LISTED_PERIOD = re.compile(
    r"(?:(?<=, )|(?<= - )|(?<= – )|(?<= — ))(?:end of (?:the )?(?:q[1-4]|quarter|month|year|next (?:month|quarter))|"
    r"eo[mqy]|(?:year|quarter|month)[- ]end)(?=\s*(?:,|\.|;|\s[-–—]\s|$))",
    re.MULTILINE,
)
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:k|m|usd|eur|gbp)\b|\b(?:usd|eur)\b|[$€£]\s*\d|\b(?:hundred|thousand)\b")


def listed_periods(low: str) -> list[int]:
    """Where a period's end stands bare as an item of a sentence listing the deal's facts (lower-cased text)."""
    found = []
    for m in _LISTED_PERIOD.finditer(low):
        start = max(low.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (low.find(c, m.end()) for c in "!?\n") if i != -1]
        if _FIGURE.search(low, start, min(ends, default=len(low))):
            found.append(m.start())
    return found
