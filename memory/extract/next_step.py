"""The next step a note gives: an explicit "Next step:" first, else the last action we or they committed to
or asked for, else a meeting already booked. Patterns run on the lower-cased text (see ``text.lowered``)."""

from __future__ import annotations

import re

from memory.extract.booked_events import BOOKED_EVENT
from memory.extract.invite_step import invitation_title
from memory.extract.need_answer import ACKNOWLEDGED, answer_to_ask
from memory.extract.offered_steps import ACCESS_ASK, COPY_REQUEST, HOLD_ASK, OFFERED_STEP, decision_only
from memory.extract.step_asks import ASKED_CONTACT, BARE_PRONOUN_STEP, PRONOUN_OBJECT, ask_before_promise, step_in_hand
from memory.extract.step_cues import (
    HELD_PRICE,
    NEEDED_FROM_US,
    NOTHING_TO_DO,
    STEP_UNDER_WAY,
    WAITING_ON_THEM,
    WRITER_WANTS,
    paper_on_its_way,
    tagged_step,
)
from memory.extract.step_labels import LABEL_WORDS, LABELS, gated_decision, own_work
from memory.extract.step_more import MORE_ASKS, MORE_LABEL_WORDS, MORE_LABELS, not_a_step
from memory.extract.step_reason import ask_before, introduction_for, only_reason
from memory.extract.step_requests import FOREIGN_LABEL_WORDS, FOREIGN_LABELS, PAPER_ASKS, echoed_ask, vague_promise
from memory.extract.text import lowered, sentences
from memory.extract.their_steps import ACTION_HEADINGS, ACTION_WORDS, THEIR_STEP

# cheap test before the sentence walk; the last three open the label in Spanish, German, French
_EXPLICIT_WORDS = (
    "next",
    "ns:",
    "ns ",
    "to do",
    "todo",
    "action",
    "follow",
    "takeaway",
    "task",
    "paso",
    "schritt",
    "étape",
    *LABEL_WORDS,
    *MORE_LABEL_WORDS,
    *FOREIGN_LABEL_WORDS,
    *ACTION_WORDS,
)
_FOR_WHOM = r"(?: for (?:me|us|them|him|her|you|the team)| (?:from|on) (?:my|our) (?:side|end))?"  # "NS for me:"
_NEXT_EXPLICIT = re.compile(
    r"\b(next steps?|next up|next:|next is|next thing(?: is)?|next[ _](?:move|action)s?\b|"  # "ok. next move?"
    # a chat's question, answered on the line after ("what's next"); not one quoted ('I'd say "What next?"')
    r"(?<![\"“'‘])what(?:'s| is| happens)? next\b(?=\s*\??\s*$)|"
    r"(?:(?<=: )|(?<=^\s)|^)next\s*\?(?=\s*$)|"  # "Ann: Next?", "Ann: ok. next?"
    r"(?:ns|to ?do|actions?)" + _FOR_WHOM + r":|"
    r"(?:ns|next|to ?do)\s*(?:->|=>|→|=(?![=>]))|"  # an arrow or "=" for the colon: "NS -> send the deck"
    # the step said as the writer's action, in a sentence: "my action is to spin up a sandbox", "our takeaway is
    # to send the deck", "action on me: draft the SOW"
    r"(?:my|our) (?:action|action item|takeaway|to-?do|task)s? (?:from (?:this|that|it) )?"
    r"(?:is|was|now is) (?:to )?|(?:action|to-?do|ball)s? (?:is )?(?:on|with) (?:me|us)\s*[:,-]|"
    # (or the customer's ask of us: "Next from you: the W-9 and bank details")
    r"next (?:from|on) (?:me|us|you|my side|our side|our end|my end|your side|your end)\b[^:\n]{0,12}:|"
    # the same label in Spanish, German, French: "Próximo paso:", "Nächste Schritte:", "Prochaine étape :"
    r"(?:pr[oó]ximos? pasos?|siguientes? pasos?|n[aä]chster? schritte?|prochaines? [ée]tapes?)\s*:)"
    r"|" + LABELS + r"|" + MORE_LABELS + r"|" + FOREIGN_LABELS + r"|^\s*(?:follow[- ]up:|next\s*,)"
    # a heading alone on its line, the steps listed below it: "ACTIONS", "Action items:", "5. Actions."
    r"|^\s*(?:\d{1,2}[.)]\s*)?(?:action items?|actions?|to-?dos?|follow[- ]ups?|" + ACTION_HEADINGS + r")\s*[:.]?\s*$"
    # "Next" opening the sentence before who does it: "Next I'm setting up a call", "Next we'll send the SOW"
    r"|^\s*next,? (?=(?:i|we)(?:'m|'ll|'re| am| will| are| need| have to)?\b)"
)  # "follow-up:" only leading a line: "Codehow follow-up: ..." is a heading
# an email's header lines name the thread, not a step: "Subject: Budget / next steps"
_HEADER = "subject:"
_NO_NEXT = re.compile(
    r"\bno (?:agreed |clear |real )?next steps?\b"
    r"|\b(?:next steps?|ns|next)\s*[:=]?\s*(?:none|n/a|tbd|nothing)\b(?!\s+of\b)"  # "NS: none for now", "next=none"
    # a next step denied: "we never settled on a next step", "they didn't want to set any next steps"
    r"|(?:n't|\bnot|\bnever)\s+(?:\w+\s+){0,2}(?:agree|set|fix|book|get|got|land|reach|settl|have|had|make|made)\w*"
    r"(?:\s+on|\s+to)?"
    r"\s+(?:a|any|the)?\s*(?:clear |firm |concrete |real )?next steps?\b"
)
# the note saying, after any step, that none follows: "Nothing further planned.", "no further action needed"
_NOTHING_PLANNED = re.compile(
    r"\bnothing (?:further |more |else )?(?:planned|scheduled|booked|lined up)\b"
    r"|\bno (?:further|more) (?:actions?|steps?|follow[- ]?ups?)(?: (?:planned|needed|required|scheduled))?\b"
    r"|\bno (?:actions?|steps?|follow[- ]?ups?) (?:planned|needed|required|scheduled)\b"  # "No follow-up planned"
    # said of the whole deal, closing its sentence: not "no further steps needed from them on the DPA"
    r"(?=\s*(?:(?:for now|for the moment|at (?:this|the) (?:point|stage|moment)|on (?:our|my) (?:side|end))\s*)?"
    r"(?:[.;!)\]\n]|$))"
)
_ASKED = ASKED_CONTACT + "|" + MORE_ASKS  # "please call me back", "could we do a call next week"
_ASKED += "|" + OFFERED_STEP + "|" + COPY_REQUEST + "|" + ACCESS_ASK + "|" + HOLD_ASK  # "Shall I send the link?"
_ASKED += "|" + THEIR_STEP  # "she'll send you our redlines", "Hugo is raising the PO"
_ASKED += "|" + PAPER_ASKS  # "could you reissue v2", "kindly send the contract", "please could you also send"
_NEXT_IMPLICIT = re.compile(
    r"\b(" + NEEDED_FROM_US + r"|" + WRITER_WANTS + r"|" + STEP_UNDER_WAY + r"|" + _ASKED + r"|"
    r"i'll|i will|i need to|i'm going to|i am going to|i'm sending|i promised|i've promised|i'd (?:still )?like to|"
    r"we'll|we need to|we will|will send|will call|will set up|asked (?:us )?(?:for|to)|wants a|"
    r"need to (?:send|submit|upload|file|prepare)|"  # a rep's bare to-do: "Need to submit the quote by the 8th"
    # a paper the customer wants before anything else: "wants the spec sheet first", "needs our DPA first"
    r"(?:wants?|needs?|asked for) (?:the|our|your|a|an) [\w -]{2,30}? first\b|"
    # ... or before their own step: "she needs our API docs before her architects sign off"
    r"(?:wants?|needs?|asked for) (?:our|your) [\w -]{2,30}? before\b|"
    # what we owe them, said as a thing: "what I owe him is a trial licence", "we owe them a revised quote"
    r"what (?:i|we) owe (?:him|her|them|you)\b|"
    r"(?:i|we) (?:still )?owe (?:him|her|them|you|[a-z][a-z'-]+) (?:a|an|the|our)\b|"  # "I owe Priya a quote"
    # asked to tell them when something of ours is done: "could you let me know when accounts will be provisioned"
    r"(?:could|can|would) you (?:please )?let (?:me|us) know (?:when|once|how soon)\b|"
    # another try promised after no answer: "will try him again Thursday", "I'll try her again tomorrow"
    r"(?:will|'ll) try (?:him|her|them|again|back)\b|"
    # our offer of a step on a call: "I can do a mobile demo for her", "we can send you the case study"
    r"(?:i|we) can (?:do|run|send|share|set up|book|arrange|schedule|put together|prepare|draft) "
    r"(?:you |her |him |them |over )?(?:a|an|the|some|our)\b|"
    r"let's|plan is to|"
    # the customer's own step on our paper, or raising theirs, whoever is named: "copying Anton, our head of legal,
    # who will review the contract", "Rachel Cho (Finance Manager), who will raise the PO"
    r"\w+[),]?(?:'ll| will) (?:now )?(?:review|look over|go through|check|redline|mark up|raise|issue|process) (?:the|"
    r"our|your) (?:contract|agreement|order form|msa|dpa|terms|paperwork|sow|proposal|quote|po\b|purchase order)|"
    # a step asked as whether it can be done: "would it be possible to have a video call", "is it possible to get"
    r"(?:would|will|is) it be possible to|is it possible to|would you be able to|"
    # a thing asked for with the verb left out, opening its sentence: "Your SOC 2 report, please."
    r"(?:(?<=[.!?:] )|(?<=\n))(?:your|the|a|an|our) [\w -]{2,40}?,? please\b(?=\s*(?:[.!]|$))|"
    # a call back said as "ring" or "phone": "will ring him back tomorrow"; not "the phone will ring"
    r"going to send|promised to|will (?:(?:ring|phone) (?:him|her|them|you|back)\b|follow up|reach out|email|ping|"
    r"chase|circle back|book|"
    r"schedule|arrange|get back|share|loop in)|(?:we|they) (?:still )?need (?:your|the|a|an|our)|"
    # a transcript's "I'll" without its apostrophe: "ill send the revised quote"
    r"(?<![\w'])ill (?=send|call|email|book|schedule|set up|share|draft|get back|follow up)|"
    # a request asked of us through someone: "Legal asks that you send the signed version"
    r"asks? (?:that )?(?:you|we|us) (?:to )?(?:send|share|provide|forward|include|attach|sign|confirm)|"
    # the customer proposing a step together: "Could we set up the welcome call?"
    r"(?:could|can|shall) we (?:please )?(?:set up|book|schedule|arrange|organi[sz]e|plan|get|propose|put together|"
    r"prepare|draft)|"
    # a few Spanish requests: "¿Nos puedes enviar el NDA?", "envíanos la propuesta"
    r"(?:puedes|podéis|podrías|puede|podría|pueden) (?:\w+ )?(?:enviar|mandar|compartir|preparar)|"
    r"env[ií]a(?:nos|me)|m[aá]nda(?:nos|me)|"
    # ... and German ones, formal: "Könnten Sie uns die SLA-Dokumentation zusenden?", "bitte senden Sie uns"
    r"(?:könnten|können|würden) sie (?:uns|mir)|bitte (?:senden|schicken|übermitteln) sie|"
    # a paper the customer's side requires: "our accessibility team needs your VPAT", "legal needs your DPA"
    r"(?:team|department|dept|legal|security|procurement|finance|it|auditors?|lawyers?|counsel|board) "
    r"needs\b[^.?!\n]{0,30}?\byour\b|"  # ... said with its condition first: "needs first: a copy of your licence"
    # ... or wants a paper from us: "our legal team would like a copy of the DPA"
    r"(?:team|department|dept|legal|security|procurement|finance|it|auditors?|lawyers?|counsel|board) "
    r"(?:would like|'d like|wants|asked for) (?:a|an|the|your|some) |"
    r"send (?:us|me) (?:your|the|a)|"
    r"(?:could|can|would) you (?:please )?(?:send|share|provide|forward|prepare|confirm|set up|book|schedule|run|"
    # ... a paper of ours readied: "can you turn the SOW around", "could you revise the quote"
    r"turn|draft|revise|redo|rework|update|finali[sz]e|review|look over|write up|pull together|"
    r"give|present|walk|arrange|organi[sz]e|host|draft|put together|resend|call|help (?:me|us) with|do (?:a|an)\b|"
    # ... to fill in a paper of theirs: "can you fill in our vendor registration form", "could you complete the"
    r"fill in|fill out|complete|return|sign|"
    # ... to bring someone in: "could you connect me with a customer", "can you put us in touch with"
    r"connect|introduce|put (?:me|us) in touch|recommend|loop|"
    # ... to offer dates or come back later: "could you propose a couple of dates", "can you check back in October"
    r"propose|suggest|check back|check in|come back|get back|circle back|follow up|touch base|reach out)|"
    # our own offer, said as "let me": "let me put together a cost comparison"
    r"let me (?:put together|pull together|send|share|prepare|draft|set up|book|schedule|write up|run|arrange|"
    r"get you|check|follow up|loop in)|"
    r"(?:would|'d) like (?:you|us) to|"  # "our CIO would like you to give a final presentation"
    # ... or one of theirs given something: "I'd like our data analyst, Yusra, to have a sandbox login"
    r"(?:would|'d) like (?:our|my|the|their|his|her) [^.?!\n]{1,50}? to "
    r"(?:have|get|see|try|test|access|join|attend|receive)|"
    # our promise reported: "I said I'd send him our overview", "told her we'd set up a call", "offered to send"
    r"(?:said|told (?:him|her|them)|promised (?:him|her|them))(?: that)? (?:i'd|we'd|i would|we would) "
    r"(?:\w+ )?(?:send|share|call|email|set up|book|schedule|arrange|draft|prepare|put together|follow up|get back|"
    r"loop in|introduce|forward)|(?:i|we) offered to (?:send|share|set up|book|arrange|run|do|draft|prepare)|"
    # something they want shown before deciding: "our CEO want to see one demonstration with our data"
    r"(?:wants?|would like|'d like|needs?) to see (?:a|an|one|the|some|your) (?:[\w-]+ ){0,3}?"
    r"(?:demo\w*|presentation|walk-?through|pilot|trial|sandbox|proposal|quote|roadmap|references?|case stud\w+|"
    r"settings|draft|contract|sla|dpa|plan)\b|"
    # (a paper of ours redone: "please re-issue the order form with the new seat count")
    r"(?:please|pls|plz) (?:send|share|provide|forward|prepare|confirm|set up|book|schedule|propose|suggest|arrange|"
    r"re-?issue|resend|revise|amend|redo))\b"
)
# a terse note's imperative to-do opening its sentence: "follow up after their offsite"
_NEXT_IMPERATIVE = re.compile(
    # a chat line's label first: "mia tran 14:02: booking the pricing review", "[14:02] mia tran: booking the ..."
    r"(?:\s*(?:[a-z][\w.'-]*(?: [a-z][\w.'-]*){0,2} \[?\d{1,2}:\d{2}\]?|\[\d{1,2}:\d{2}\](?: [a-z][\w.'-]*){1,3}):)?"
    r"\s*(?:follow up|chase|circle back|check in|ping|send(?:ing)?|book(?:ing)?|schedul(?:e|ing)|set(?:ting)? up|"
    r"pull(?: together| up)?|prepare)\b"  # a paper readied for them: "Pull the usage report for her"
    r"(?! (?:by|from|with us|nothing|anything|this from|via)\b)"  # "sending this from my phone" is no step
    # what the writer is doing this moment: "sending it now", "booking it right now"
    r"(?!(?<=ing) (?:it|this|them|that|one)(?: over| across| through)? (?:right )?now\b)"
    r"|.*, (?:follow up|chase|circle back) (?!on (?:this|that)\b)"  # "..., follow up friday" in a run-on note
)
# a request that only fixes when the one before happens: "Please propose two dates."
_SCHEDULING = re.compile(
    r"\b(?:propose|suggest|send|share|offer|give)\b[^.?!]{0,20}\b(?:dates?|times?|slots?|availability|options)\b"
    r"|\blet (?:me|us) know (?:when|what time|your availability)"
    # an invite for a meeting asked for just before: "can we do a pricing call Thursday?" / "I'll send an invite"
    r"|\bsend (?:an?|the|over an?|out an?) (?:calendar |meeting |teams |zoom )?(?:invite|invitation)\b"
)


def find_next_step(text: str) -> str | None:
    """The sentence that says what happens next; None when the note gives none."""
    parts = sentences(text, semicolons=False)
    low = lowered(text)
    lows = [low[offset : offset + len(sentence)] for offset, sentence in parts]
    if any(word in low for word in _EXPLICIT_WORDS):
        for i, sentence in enumerate(lows):
            m = None if _in_header(low, parts[i][0]) else _NEXT_EXPLICIT.search(sentence)
            if m and _NO_NEXT.search(sentence):
                return None
            if m:
                step = parts[i][1].strip()
                # "Next step, uh," then the step itself; or the step said again after a slash ("Angebot / quote")
                short = len(sentence[m.end() :].strip(" ,:-")) < 12 or sentence.rstrip().endswith("/")
                if short and i + 1 < len(parts):
                    step += " " + parts[i + 1][1].strip()
                elif i > 0 and BARE_PRONOUN_STEP.fullmatch(sentence, m.end()):  # "Next step: schedule it."
                    step = parts[_antecedent(lows, i)][1].strip() + " " + step  # what "it" is, said just before
                return step
    last = _last_commitment(low, parts, lows)
    answer = answer_to_ask(lows)
    if answer is not None and (last is None or last < answer):
        return parts[answer][1].strip()  # "What do you need from us?" / "A formal RFP response by the 3rd."
    after = parts[last][0] + len(lows[last]) if last is not None else len(low)
    if _NOTHING_PLANNED.search(low, after) or WAITING_ON_THEM.search(low, after):
        return None  # "... I'll send the deck. [Later: nothing further planned.]": the step was called off since
    if last is not None and _called_off_first(lows[last]):
        return None  # "No follow-up planned; I'll leave them alone for a while": the step is what isn't done
    if last is not None:
        step = parts[last][1].strip()
        if last > 0 and (
            PRONOUN_OBJECT.search(lows[last])  # "Please send it to me": "it" is said just before
            or (
                _SCHEDULING.search(lows[last])
                and (_is_request(low, parts[k := ask_before(lows, last)], lows[k]) or answer == _antecedent(lows, last))
            )  # ... or the answer to "what would help?": "A workshop with my team. / I'll propose slots."
        ):  # "..would like you to give a presentation. Please propose two dates.": the dates are for it
            step = parts[_antecedent(lows, last)][1].strip() + " " + step
        elif introduction_for(lows, last):  # "She wants a reference. I'll connect her with Ben": what it is for
            step = parts[last - 1][1].strip() + " " + step
        elif (asked := echoed_ask(lows, last)) is not None:  # "If you send the DocuSign envelope ..." / "I'll send it"
            step = parts[asked][1].strip() + " " + step
        return step
    if NOTHING_TO_DO.search(low):
        return None  # "Nothing further to do on my side.": a meeting named in the mail below is no step of ours
    booked = [parts[i][1].strip() for i, s in enumerate(lows) if BOOKED_EVENT.search(s) or gated_decision(s)]
    return booked[0] if booked else invitation_title(text)  # "Invitation: Acme | MSA walkthrough @ Tue Nov 14"


def _antecedent(lows: list[str], i: int) -> int:
    """The sentence before sentence ``i`` that names what its "it" stands for: a bare "Perfect." said between them
    names nothing ("I'll send the contract tonight. / Perfect. Send it to me")."""
    j = i - 1
    while j > 0 and (ACKNOWLEDGED.match(lows[j]) or only_reason(lows[j])):  # nor a reason for the ask said between
        j -= 1
    if j > 0 and PRONOUN_OBJECT.search(lows[j]) and not PRONOUN_OBJECT.search(lows[j - 1]):
        j -= 1  # "A cost comparison. / If you can send that, I'll take it to our CFO. / I'll have it to you": one more
    return j


# a sentence opening by saying no step is planned, that clause closed at once: "No follow-up planned; I'll leave
# them alone"; not one scoped to a thing or a time ("no further action needed on the DPA; I'll book the demo")
_CALLED_OFF_FIRST = re.compile(
    r"^\W*(?:no (?:further |more )?(?:follow[- ]?ups?|next steps?|actions?|steps?)|nothing (?:further |more |else )?)"
    r"(?: (?:planned|needed|required|scheduled|booked))?(?: for now)?\s*[;,—–]"
)


def _called_off_first(sentence: str) -> bool:
    """Whether ``sentence`` opens by saying no step is planned."""
    return bool(_CALLED_OFF_FIRST.match(sentence))


def _last_commitment(low: str, parts: list[tuple[int, str]], lows: list[str]) -> int | None:
    """The index of the last sentence with an action committed to or asked for (one pass over the whole text,
    not one search per sentence)."""
    hits = [m.start() for m in _NEXT_IMPLICIT.finditer(low) if not _denied(low, m)]
    # a reply's own ask, not one in the older mail quoted below it ("> ... I'll update it")
    hit = max([h for h in hits if not _quoted(low, h)] or hits, default=-1)
    hit = ask_before_promise(low, hits, hit)  # "Could you send the contract? I will raise the PO.": the ask
    for i in range(len(parts) - 1, -1, -1):
        offset = parts[i][0]
        if offset <= hit < offset + len(lows[i]) or _NEXT_IMPERATIVE.match(lows[i]):
            return i
        # "Revised quote coming"; but not in the older mail quoted below a reply that asks for its own step
        passed_over = hit >= 0 and _quoted(low, offset) and not _quoted(low, hit)
        if not passed_over and (
            tagged_step(lows[i]) or paper_on_its_way(lows[i]) or step_in_hand(lows[i]) or own_work(lows[i])
        ):
            return i
        if offset + len(lows[i]) <= hit:
            return None
    return None


# an action denied: "nobody there has asked us for anything", "they haven't asked for a quote"
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:nobody|no one|never|(?<!if )not)|n't)\s+"
    r"(?:(?:there|here|has|have|had|ever|yet|really|even|actually)\s+){0,2}$"
)
_DENIED_AFTER = re.compile(r"\s*(?:anything|nothing)\b")  # right after the ask: "asked us for anything"
# a manner of speaking, no promise: "I'll be straight with you", "let's be honest", "I will be brief"
_FIGURE_OF_SPEECH = re.compile(
    r"\s+be (?:(?:very|totally|completely|perfectly|quite|brutally|really) )?"
    r"(?:honest|straight|frank|blunt|upfront|up front|candid|brief|quick|clear|direct|real|open)\b"
)


# a deadline, not an action: "we need a decision by May", "we need to be signed by then"
_DEADLINE = re.compile(
    r"\s*(?:a |the |to (?:be |have |get )?(?:it |this |everything )?)?(?:final )?"
    r"(?:decision|decide|decided|signed|sign(?:ed)?[- ]off|signature|closed|live|in place)\b"
)

# the deal's size changed: "we need to drop it to 7 seats", "we need to go up to 40 users"
_RESIZED = re.compile(
    r"\s+to (?:drop|cut|reduce|trim|scale|bring|take|go|move|increase|bump|raise)(?: (?:it|that|this|the \w+))?"
    r"(?: (?:down|back|up))? to \d+ (?:\w+ )?(?:seats?|users?|licen[cs]es?|units?|logins?)\b"
)

# the note's own bookkeeping, no step with the customer: "I'll log that separately", "we'll record it elsewhere"
_BOOKKEEPING = re.compile(
    r"\s+(?:log|record|file|enter|track|put) (?:that|this|it|them|those)(?: \w+)? "
    r"(?:separately|elsewhere|on its own|in (?:its|their) own|under (?:the|its|their))\b"
)

# ... and the customer's promise to decide: "we'll make the final decision by May", "I'll decide next week"
_DECIDING = re.compile(r"\s+(?:(?:make|take|reach|have) (?:the|a|our|my|their) (?:final )?decision|decide)\b")


# the customer's signing, dated: "we'll sign on the 14th", "we will sign by Friday", "we'll be signing next week"
_SIGNING = re.compile(
    r"\s+(?:sign|be signing|be signed|countersign)\b"
    r"(?=\s+(?:on|by|in|before|at|next|this|once|when|early|late|end)\b|\s*(?:[.,;!—–]|$))"
)
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.!;]|$)")  # "asked for" with nothing after it in its sentence


def _quoted(low: str, at: int) -> bool:
    """Whether ``at`` is on a quoted line of an earlier mail ("> On 9 Jun, Ann wrote: ...")."""
    return low[low.rfind("\n", 0, at) + 1 :].lstrip().startswith(">")


def _denied(low: str, m: re.Match[str]) -> bool:
    if m.group(0) in ("i'll", "i will", "we'll", "we will", "let's") and _FIGURE_OF_SPEECH.match(low, m.end()):
        return True
    promise = m.group(0) in ("i'll", "i will", "we'll", "we will")
    if promise and (not_a_step(low, m.end()) or vague_promise(low, m.end())):
        return True  # "I'll mark it as Won on our side", "I'll let you know.": no step with the customer
    if m.group(0) in ("i'll", "i will", "we'll", "we will") and HELD_PRICE.match(low, m.end()):
        return True  # "we'll hold 47.5": the price kept, not a step
    if m.group(0) in ("i'll", "i will", "we'll", "we will") and decision_only(low, m.end()):
        return True  # "we'll move ahead with GTX Pro": the decision to buy, not a step
    if m.group(0) in ("i'll", "i will", "we'll", "we will") and _DECIDING.match(low, m.end()):
        return True  # "we'll make the decision in two weeks": when they decide (the close date), not a step
    if m.group(0) in ("i'll", "i will", "we'll", "we will") and _BOOKKEEPING.match(low, m.end()):
        return True  # "(ignore the Bioplex stuff, I'll log that separately)": how the note is filed, not a step
    if m.group(0) in ("we'll", "we will") and _SIGNING.match(low, m.end()):
        return True  # "we'll sign on the 21st": when they sign (the close date), not a step
    if m.group(0).startswith("asked") and _CLAUSE_CLOSES.match(low, m.end()):
        return True  # "the last thing our CISO asked for.": a thing described, the ask is said elsewhere
    if m.group(0) == "wants a" and _DEADLINE.match(low, m.end() - 1):
        return True  # "our director wants a decision within 30 days": when they decide (the close date), not a step
    if m.group(0) == "plan is to" and _DEADLINE.match(low, m.end() - len("to")):
        return True  # "my plan is to get sign-off within three weeks": when they sign (the close date), not a step
    if m.group(0).startswith(("we need", "we still need")) and (
        _DEADLINE.match(low, at := m.start() + m.group(0).index("need") + 4) or _RESIZED.match(low, at)
    ):
        return True  # "we need to drop it to 7 seats": the deal's new terms, not a step
    return bool(_DENIED_BEFORE.search(low, max(0, m.start() - 30), m.start()) or _DENIED_AFTER.match(low, m.end()))


def _in_header(low: str, offset: int) -> bool:
    """Whether ``offset`` is on an email header line ("Subject: Budget / next steps")."""
    line = low[low.rfind("\n", 0, offset) + 1 :]
    return line.lstrip().startswith(_HEADER)


def _is_request(low: str, part: tuple[int, str], sentence: str) -> bool:
    """Whether a sentence asks for or commits to an action (and is not a header line)."""
    return bool(_NEXT_IMPLICIT.search(sentence)) and not _in_header(low, part[0])
