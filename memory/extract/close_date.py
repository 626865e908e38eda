"""When the customer expects to sign, decide or close: the date nearest a closing word. Dates of next
steps do not count; for a won or lost deal it is the date of the win or loss."""

from __future__ import annotations

import re
from datetime import date

from memory.extract.after_event import dates_after_event
from memory.extract.close_cues import MORE_CLOSE_CUES, OUTCOME_MORE, listed_periods
from memory.extract.close_words import event_day, last_weekdays, taken_back, to_record
from memory.extract.dates import DateMention, find_dates
from memory.extract.entry_stamps import newest_entry_date, stale_entries
from memory.extract.if_dates import conditional_date
from memory.extract.mail_days import header_date, header_dates, sent_on, signed_on_mail_day
from memory.extract.off_dates import off_date
from memory.extract.restated_close import restated_cues
from memory.extract.sent_for_signing import sending_day, sent_for_signature
from memory.extract.stage import other_paper
from memory.extract.text import lowered, quoted_history, sentences
from memory.extract.their_call import customer_calls
from memory.extract.trial_end import trial_end
from memory.extract.undated import disclaimed, fiscal_start, not_before, ours_only, put_off, unknown_timing

# a place shut for a while, not a deal closed: "offices closed until 2 January", "we close over the holidays"
_CLOSED_AWAY = r"(?<!office )(?<!offices )(?<!plant )(?<!site )(?<!shop )(?<!store )"
_CLOSE_CUE = re.compile(
    r"\b(" + _CLOSED_AWAY + r"close[sd]?(?! (?:until|till|til|through|thru|over|for the (?:holiday|break|week|day)))"
    r"(?! from [^.;!?\n]{1,30}? (?:to|until|till|through|thru|-|–) )|"  # "closed from 22 December to 2 January"
    r"closing|(?:counter)?sign(?:ed|ing|atures?|s)?|decid(?:e|es|ed|ing)|decision|commit|wrapped up|"
    r"wrap(?:ped)? it up|(?:go/)?no[- ]go|at the earliest|"
    # a period or a day said as the limit: "end of Q1 latest", "by the 20th at the latest"; not "tomorrow at the
    # latest" (a task's deadline for today's mail)
    r"(?:q[1-4]|month|quarter|year|eo[mqy]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"\d{1,2}(?:st|nd|rd|th)?),? (?:at the )?latest(?=\s*(?:[.!;)\n]|$))|"
    # the approval got by a date: "he can get it through by EOM", "she'll push the order through before Friday"
    r"(?:get|push|take|rush) (?:it|this|that|(?:the|our|their) (?:order|po|purchase|deal|contract)) through"
    r"(?! to\b)|(?:po|purchase order)s? (?:\w+ ){0,2}?(?:come|comes|coming|go|goes) (?:through|in)(?= (?:by|before)\b)|"
    r"(?:board|committee|council|panel|trustees|shareholders)(?:'s)? (?:\w+ ){0,2}?(?:vot|approv)(?:e|es|ed|ing|al)|"
    # the papers themselves finished by a date: "wants the paperwork done in 10 days", "contract finalised by"
    r"(?:paperwork|contract|agreement|order form)s? (?:\w+ )?(?:done|completed|wrapped up|finali[sz]ed)|"
    # ... or returned signed: "paper should be back by the 20th", "contract back signed before Friday"
    r"(?:paper(?:work)?|contract|agreement|order form)s? (?:\w+ ){0,2}?back(?: signed)?(?= (?:by|before|on)\b)|"
    # "a contract in place by year-end", "the agreement must be in place before"; not "in place until March"
    r"(?:paperwork|contract|agreement|order form)s? (?:(?:must|needs? to|has to|should) be |is |are )?"
    r"in place(?= (?:by|before|ahead of)\b)|"
    # signing said formally, ahead: "have the contract executed before year-end", "execute the agreement by June";
    # not a paper's past date ("ISDA agreement executed 6/27/01")
    r"(?:contract|agreement|order form)s? executed(?= (?:by|before|within|no later)\b)|"
    r"execut(?:e|ing) (?:the |our |their |a )?(?:contract|agreement|order form)|"
    # a deadline reported bare, the date closing its sentence: "She said by the 20th."
    # (or glossed after a comma: "she said by the 1st, meaning next month")
    r"(?:she|he|they) (?:said|says)(?=,? (?:by|before) [^.;,!?\n]{1,25}(?:[.!;\n]|$|, (?:meaning|i\.e\.|so|that's)\b))|"
    # ... or a period said bare as their word, as voice notes do: "They say end of the month, so tomorrow basically"
    r"(?:she|he|they) (?:said|says|say)(?=,? (?:end of|eo[mqy]\b|mid[- ]|q[1-4]\b|next (?:month|quarter)\b))|"
    + MORE_CLOSE_CUES
    + r"|go[- ]ahead|inside their|fiscal|budget year|deadline|done by|finali[sz]e|award|"
    # the money arriving is when they buy: "next quarter, their budget refresh", "after the budget reset in Q3"
    r"budget (?:refresh|reset|renewal|release|cycle)(?:es|s)?(?! (?:happened|was|went|came|took|ended|closed)\b)|"
    r"before the quarter|quarter ends|needs? this|wants? it|pencil|"
    # signing said as an idiom: "wants pen on paper by the 28th", "get it inked by Friday"
    r"pen (?:on|to) paper|ink(?:ed|ing)?\b(?= (?:by|before|on|in|this|next)\b)|"
    # the buying's timing said loosely: "no rush, sometime next quarter", "no hurry — whenever in Q3"
    r"no (?:rush|hurry)(?=[^.!?\n]{0,30}\b(?:sometime|some time|whenever|around|in|by|next|q[1-4])\b)|"
    # the deal itself needed by a date, not a fix: "needs it done before year-end", not "need it working by"
    # ... or wished done by the customer: "she'd like it done and dusted by April"; "we'd like it done" is our wish
    r"(?:needs?|(?<!\bi)(?<!\bwe)(?:'d| would) like|wants?) it (?:done|signed|closed|wrapped(?: up)?|sorted|"
    r"finali[sz]ed|agreed|approved|through|over the line|tied up)\b|"
    # the purchase itself has a deadline: "they need to buy by the 31st", "must order before"
    r"(?:need|needs|have|has|must|want|wants) to (?:buy|purchase|order|place the order)|"
    # when the customer means to buy: "budget resets in Q4 and that's when they'd buy"
    r"(?:they'd|they'll|she'd|she'll|he'd|he'll|would|will|plan(?:s|ning)? to|intend(?:s)? to|expect(?:s)? to) "
    r"(?:buy|purchase|place (?:the|an|their) order)|"
    r"(?:timing|timeline|time ?frame)(?=\s*[:=])|"  # a field of the note: "Timing: end of Q3", "Timeline: Q4"
    # the order itself: "PO to be issued by mid-July", "the purchase order arrived Thu 1 June" (a win's date)
    r"(?:po|purchase order|the order|their order)s? (?:is |was |has been |to be |will be |gets? |got |should be )?"
    r"(?:raised|issued|placed|cut|submitted|received|approved|came (?:through|in)|arrived|landed|confirmed|"
    r"released|go(?:es)? out|going out|sent out)|"  # "PO will be released by 20th", "when does the PO go out?"
    r"order confirmation|"  # the buyer's deadline for the order: "need the order confirmed by next Tuesday"
    # the order promised by a date: "says PO by the 5th", "purchase order before month-end"
    r"(?:po|purchase order)s?(?= (?:by|before|due|expected|around)\b)|"
    # the approving body meets on the date: "the capex board meets on the 22nd and should approve the spend", "board
    # meets in a fortnight, she expects the yes from it", "the committee meets on the 3rd to make the call"
    r"(?:board|committee|council|panel|trustees|steering group)(?:'s)? (?:meets|meeting|sits|convenes)"
    r"(?=[^.;!?\n]{0,80}\b(?:approv|sign(?:s|ing)? off|green[- ]light|decid|decision|vote|go[- ]ahead|"
    r"(?:the|a|their) (?:yes|verdict|answer)\b|make (?:the|a|their|its) (?:final )?call\b(?! (?:to|with)\b)))|"
    r"green[- ]light|"
    # the date given as when the approving body sits: "three weeks from today, that's when our committee sits"
    r"that's when (?:our|the|their) (?:board|committee|council|panel|steering group) (?:meets|sits|convenes)|"
    # a date judged likely for the deal: "end of Q1 is realistic"
    r"(?<=\s)(?:is|looks|sounds|seems) (?:more )?realistic|"
    # "targeting end of Q3", "he's aiming for the end of next month": a period, not a meeting, follows
    r"(?:target(?:ing|ed)?(?: date)?:?(?: is)?|aim(?:s|ing|ed)? (?:for|at)) (?:the )?"
    r"(?=eo[qmy]\b|end\b|mid|q[1-4]\b|by\b|before\b|[a-z]{3,9}\.? \d|\d)|"
    r"make (?:the|a|our|their) (?:final )?call (?:on|about|whether)|"  # "we'll make the call on the pilot"
    # the decision, not a phone call: "she'll make the call in three weeks", "they make their call by Friday"; a
    # call we make ("I'll make the call next week") is a next step
    r"(?<!i'll )(?<!we'll )(?<!i will )(?<!we will )(?<!let me )(?<!i can )(?<!we can )"
    r"make (?:the|their|his|her) (?:final )?call(?= (?:in|by|within|before|after|next|this)\b)|"
    # "a call" only with the customer as subject: "she'll make a call in ten days"; "I'll make a call" is ours
    r"(?:she|he|they)(?:'ll| will|'d| would|'s going to|'re going to| is going to| are going to) "
    r"make a call(?= (?:in|by|within|before|after|next|this)\b)|"
    # Spanish, any tense: "quieren firmar", "firmarían a fin de mes", "cerraremos en mayo"
    r"firm(?:ar\w*|an|en|amos|ado|ada)|cerrar\w*|cierre|decidir\w*|decisi[oó]n|"
    r"unterschrift|unterschreiben|unterzeichn\w*|entscheidung|abschluss)\b",  # German: "Unterschrift bis Ende Mai"
)  # run on lowered text
# the date slipped: the new date follows "to" ("pushed out to end of October"), so the cue is where "to" ends
_SLIP_CUE = re.compile(
    r"\b(?:push(?:ed|ing)?|slip(?:ped|ping|s)?|slid|mov(?:ed|ing) (?:out|back))(?: out| back)? to\b"
    # the purchase held to a later period: "it can't come out of this quarter's money. It has to be next quarter"
    r"|\b(?:it|this|that|the (?:deal|order|purchase|spend))(?:'ll| will)? (?:(?:has|have|needs?) to|must) "
    r"(?:be|wait|land|go)(?: until| till| for| in| to| after)?"
    # ... a period straight after, not a task: "it needs to be revised by Monday" is no deal date
    r"(?= (?:next (?:quarter|month|year|fiscal)|q[1-4]\b|(?:the )?end of|eo[qmy]\b|(?:early|mid|late)[- ]|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
_MEETING_BEFORE = re.compile(r"\b(?:demo|call|meeting|workshop|session|review|presentation|visit|kick-?off)\b")
# for a won or lost deal, the words that tell the outcome: "the board picked NorthPeak on Friday 8 December"
_OUTCOME_CUE = re.compile(
    r"\b(?:picked|selected|awarded|went with|gone with|going with|chose|won|lost|lo(?:ss|st) date|win date|came back|"
    r"countersigned|executed|docusign|cancell?ed|scrapped|shelved|"  # a loss by a project cancelled
    # the customer keeping what it has: "phoned today: they're staying with X", "renewed with the incumbent"
    r"(?:staying|stay|sticking|stick|remaining|remain) with|renewed|renewing|" + OUTCOME_MORE + r")\b"
)
_SIGN_WORD = re.compile(r"(?:counter)?sign")
# a won or lost note's outcome, or the customer telling us of it: "Ines informed us last night, sadly"
_OUTCOME_WORD = re.compile(r"\b(?:signed|lost|went|gone|chose)\b", re.I)
_TOLD = re.compile(r"\b(?:(?:told|informed) (?:me|us)|broke the news)\b", re.I)


def find_close_date(text: str, now: date, stage: str | None) -> date | None:
    """When the customer expects to sign or decide: the date nearest a closing word ("close",
    "sign", "decision"); dates of next steps and of people moving do not count. A date the speaker
    corrects ("by end of July, sorry, mid-August") gives way to the one said after the correction."""
    best: tuple[int, date] | None = None
    where: tuple[int, str, int] = (0, "", 0)  # the best date's sentence (offset, text), and where the date ends in it
    # one case-sensitive pass over the lower-cased text finds every closing word; a sentence without one
    # cannot give the date, whatever dates it has, so most sentences are never searched for dates
    low = lowered(text)
    all_cues = sorted(_cues(low, stage in ("Won", "Lost")) + customer_calls(text, low) + listed_periods(low))
    all_cues = sorted(all_cues + restated_cues(low))  # "... gets signed before it. So make it the twelfth."
    past = stage in ("Won", "Lost")
    asked = False  # the sentence before asked when the deal closes: "timing?", "when do they sign?"
    carried = False  # ... and was answered by a sentence with no date in it
    refused = False  # ... and the answer so far only turned the date asked about down
    revised = False  # the best date so far is in an older entry of a dated log
    headers = header_dates(text, now)
    history = quoted_history(text)  # a date in the quoted earlier mail gives way to one written above it
    stale = stale_entries(text, now)  # ... as does one in a log's older entry ("[Jun 21] ...") to the newest's
    signed_day: date | None = None  # the day of the dated mail that says it was signed, when it says no date itself
    all_cues = unknown_timing(low, all_cues)  # "no word on when they decide": no date is given for it
    for offset, sentence in sentences(text):
        cues = [c - offset for c in all_cues if offset <= c < offset + len(sentence)]
        told = not cues and past and not _OUTCOME_WORD.search(sentence) and bool(_TOLD.search(sentence))
        if not cues and past and (told or _OUTCOME_WORD.search(sentence)):
            cues = [0]  # ... a day the news was told gives way to the outcome's own day: "signed on the 24th"
        # the answer goes on in a bare date after a reason: "When do we sign?" / "Not before the holidays." / "Mid-Jan."
        answer = (asked or (carried and _BARE_DATE.match(_SAID.sub("", sentence, 1)) is not None)) and not cues
        carried = False
        if answer:
            cues = [0]  # the answer: "she said end of next month"
        if answer and _REFUSAL.match(sentence):
            refused = True  # "Ha, no.": the date asked about is turned down, the counter-offer follows
            continue
        asked = sentence.rstrip().endswith("?") and bool(cues or _TIMING.search(sentence))
        counter, refused = answer and refused, False
        if not cues:
            continue
        day = sent_on(headers, offset) or now
        anchored = dates_after_event(sentence, text, day)  # "after the pilot", "the Friday after the board on 20 Nov"
        found = [d for d in find_dates(sentence, day, past=past) if not _inside(d, anchored)] + anchored
        carried = answer and not found and not counter
        if past and not found and offset < history and signed_day is None:  # "Signed and attached!" in a dated mail
            signed_day = signed_on_mail_day(sentence, sent_on(headers, offset))
        # a decision put off with no date of its own: "not deciding before the holidays; he said end of January"
        carried = carried or (put_off(sentence) and all(not_before(sentence, d.start) for d in found))
        for d in last_weekdays(sentence, day, found) if past else found:  # "signed last Thursday"
            if _PERSON_MOVED.search(sentence, max(0, d.start - 40), d.start):
                continue  # "our sponsor resigned in April": when a person moved, not the deal
            if _PROPOSED.search(sentence, max(0, d.start - 30), d.start):
                continue  # "a demo before they sign; we propose the 24 October": a meeting's date, not the deal's
            if _WRITER_BACK.search(sentence, max(0, d.start - 60), d.start):
                continue  # "I got back from leave today and the signed form was waiting": when we found it
            if conditional_date(sentence, d.start, cues):
                continue  # "If you must trade today, we could exchange fax signatures": the condition's day
            if sending_day(sentence, d.start):
                continue  # "emailing the order form for signature today": our sending's day, a next step
            if _TASK_DEADLINE.match(sentence, d.end):
                continue  # "a first quarter 2002 deadline to compile the list": a task's deadline, not the deal's
            if disclaimed(sentence, d.end) or fiscal_start(sentence, d.start) or off_date(sentence, d.start, d.end):
                continue  # "kickoff on 9 Jan, but that's implementation", "fiscal year starts in July": not the signing
            if ours_only(text, sentence, d.start):
                continue  # "you want it in before our EOQ, but she hasn't committed to any date": our wish
            score = -1 if counter or to_record(sentence, d.start) else min(abs(c - d.start) for c in cues)
            # a counter-offer beats the offer, and a date to put down any other; one taken back loses to the rest
            score += _DEMOTED if taken_back(sentence, d.start, d.end) else 0
            score += 1_000 if told else 0  # the day we heard of the outcome, below the outcome's own day
            old = offset + d.start >= history or any(a <= offset + d.start < b for a, b in stale)
            if old or not_before(sentence, d.start) or trial_end(sentence, d.start):
                score += _DEMOTED  # quoted history or an older log entry, "can't sign before July", a trial's end
            if best is None or score < best[0]:
                best, where = (score, d.value), (offset, sentence, d.end)
                revised = any(a <= offset + d.start < b for a, b in stale)
    if best is not None and revised and (newest := newest_entry_date(text, now)):
        return newest  # the close set in an older entry of a log, and the newest entry dates it anew
    if signed_day is not None and (best is None or best[0] >= _DEMOTED):
        return signed_day  # ... beats a date from the older mail quoted under it
    if best is None:
        return header_date(text, now) if past else None
    offset, sentence, end = where
    corrected = _corrected(sentence, end, now, past) or _corrected_next(text, offset + len(sentence), now, past)
    return corrected or best[1]


_DEMOTED = 10_000
# a sentence that is a date and little else (a speaker's label may lead): "Mid-January.", "Probably end of May."
_BARE_DATE = re.compile(r"^\s*(?:[^:\n]{0,80}:\s*)?(?:[\w/-]+[ ,]*){1,4}[.!]?\s*$")
# ... told as the contact's word: "He said end of January."
_SAID = re.compile(r"^\s*(?:she|he|they) (?:said|says|reckons|thinks)[,:]?(?= )", re.IGNORECASE)


def _inside(d: DateMention, spans: list[DateMention]) -> bool:
    """Whether ``d`` is said within one of ``spans``: the event's own date in "three weeks after it closes on
    30 June"."""
    return any(s.start <= d.start < s.end for s in spans)


# a person's move, said just before its date: "resigned in April", "joined Corvex on the 3rd"
_PERSON_MOVED = re.compile(
    r"\b(?:left|resigned|retired|departed|joined|moved on|stepped down|was replaced|started)\b"
    r"(?: (?:the (?:company|business|firm)|them|us|[A-Z][\w-]+(?: [A-Z][\w-]+)?))?(?: back)? (?:in|on|at the end of|"
    r"last|this|early|late)?\s*$"
)
# a date offered for a meeting, said just before it
_PROPOSED = re.compile(r"\b(?:propose|proposing|suggest|suggesting|how about|what about)\s+(?:the\s+)?$", re.IGNORECASE)
# a date's deadline for a task named after it: "a Q1 deadline to compile the list" (not "to sign", "for the order")
_TASK_DEADLINE = re.compile(
    r"(?:\s+\d{4})?\s+deadline (?:to|for) (?!(?:sign|clos|decid|commit|buy|purchas|order|approv|award|"
    r"the (?:deal|order|contract|purchase|decision|po\b)|(?:a|the|their|our) decision|go[- ]live))",
    re.IGNORECASE,
)
# a question about timing: "timeline?", "so realistically...?"
_TIMING = re.compile(r"\b(?:timing|timeline|time ?frame|eta|realistically)\b", re.IGNORECASE)
# the writer's own return, said just before its date: the day the news was found, not the day it happened
_WRITER_BACK = re.compile(
    r"\b(?:i|we)\s+(?:only\s+|just\s+)?(?:got|came|was|were|am|are|returned)\s+back(?!\s+to\b)"
    r"(?:\s+(?:from|in|at|into)\b[^.;,!?]{0,40}?)?\s*$|\b(?:i|we)\s+(?:only\s+|just\s+)?returned"
    r"(?:\s+(?:from|to)\b[^.;,!?]{0,40}?)?\s*$",
    re.IGNORECASE,
)
# a bare "no" to a proposed date, a speaker's label first: "Gwen (Acme): Ha, no."
_REFUSAL = re.compile(
    r"^\s*(?:[^:\n]{0,80}:\s*)?(?:ha(?:ha)?|hmm|well|sadly|honestly|oh),?\s*(?:no|nope|not a chance|no way)\W*$"
    r"|^\s*(?:[^:\n]{0,80}:\s*)?(?:no|nope|not a chance|no way)\W*$",
    re.IGNORECASE,
)
# the speaker taking back what they just said: "by end of July, sorry, mid-August"
_CORRECTION = re.compile(
    r"\b(?:no,? wait|wait,? no|actually,? no(?=\s*[,.—–-])|sorry(?=\s*[,—–-])|i mean|correction|"
    r"(?:scratch|strike) that|make that|(?:hang|hold) on(?=\s*[,.—–-])|or rather|my (?:mistake|bad)|i misspoke|"
    r"corrected (?:herself|himself|themselves|myself|me)|"
    # what was meant, said after a bare "no": "today - no, she meant end of June", "the 15th... no, he said the 25th"
    # (not a gloss: "by the 20th; he meant next month")
    r"no(?=, (?:she|he|they) (?:said|meant|says)\b))\b",
    re.IGNORECASE,
)

# a vague date pinned down straight after, closing the sentence: "before their year-end freeze, so by Dec 15"
_RESTATED = re.compile(
    # ... or made concrete: "in our fiscal Q1, and to be concrete, before the end of September"
    r",\s*(?:and\s+)?(?:so|i\.e\.|ie|meaning|that's|that is|which means|in other words|concretely|specifically|"
    r"to be (?:concrete|precise|specific|exact))\s*,?\s+"
    # ... or a bare day and month: "only at their month-end close, so Sept 29"
    r"(?=(?:(?:by|before|on)\s+[^,;:.!?]{1,20}|"
    r"[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9})[.!;]?\s*$)",
    re.IGNORECASE,
)


def _corrected(sentence: str, end: int, now: date, past: bool) -> date | None:
    """The last date after a correction that follows the chosen date (ending at ``end``) in its sentence."""
    m = _CORRECTION.search(sentence, end) or _RESTATED.search(sentence, end)
    if m is None:
        return None
    said = sentence[m.end() :]
    # "..., or rather the 23rd": the day named bare stands where the first date stood, as "by the 23rd" would
    bare = said.lstrip(" ,:-—–")
    # ... not an event's date said after it: "no wait, mid-September, they have an audit starting on the twentieth"
    later = [d for d in find_dates(said, now, past=past) if not event_day(said, d.start)]
    later = later or find_dates("by " + bare, now, past=past)
    # "in three weeks, no sorry, four weeks": a count of weeks said bare counts from today, as "in four weeks" would
    later = later or [d for d in find_dates("in " + bare, now, past=past) if d.start == 0]
    return later[-1].value if later else None


# a correction opening the next sentence, after a hesitation: "in two weeks... actually scratch that, end of October"
# (a chat line's time and speaker may lead: "[08:41] Jo: no wait, ...")
_OPENS_CORRECTION = re.compile(
    r"^\W*(?:\[[\d:. apmAPM/-]{1,20}\]\s*)?(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}:\s*)?"
    r"(?:(?i:oh|ah|um|uh|ok|okay|so|actually|no|sorry|hmm)\b\W*){0,3}$"
)
# ... or a bare "actually"/"wait, no" there, which corrects the date only when the sentence is about closing too
_MEETING_IN_CLAUSE = re.compile(_MEETING_BEFORE.pattern + r"[^,;:]*$")  # "the demo is next Tuesday"
_BARE_CORRECTION = re.compile(r"^\W*(?:(?:oh|ah|um|uh|ok|okay|so)\b\W*){0,2}(?:actually|wait|no)\b\W*", re.IGNORECASE)


def _corrected_next(text: str, at: int, now: date, past: bool) -> date | None:
    """The last date of the sentence starting at ``at`` when that sentence opens by taking the date before back;
    a meeting's date there is no deal's ("Correction: the demo is Tuesday")."""
    follows = next(iter(sentences(text[at:])), None)
    if follows is None:
        return None
    said = follows[1]
    m = _CORRECTION.search(said, 0, 60)
    if m and _OPENS_CORRECTION.match(said[: m.start()]):
        said = said[m.end() :]
        if not re.search(r"\w", said):  # "Actually, scratch that." on its own: the new date is in the next sentence
            after = next(iter(sentences(text[at + follows[0] + len(said) + m.end() :])), None)
            said = after[1] if after else said
    elif (bare := _BARE_CORRECTION.match(said)) and _cues(lowered(said), past):
        said = said[bare.end() :]
    else:
        return None
    dates = [
        d
        for d in find_dates(said, now, past=past)
        if not _MEETING_IN_CLAUSE.search(said.lower(), max(0, d.start - 40), d.start)
    ]
    return dates[-1].value if dates else None


def _not_the_deals(low: str, at: int) -> bool:
    """Whether the signature word at ``at`` is an NDA's or the like, or only why we send a paper."""
    return other_paper(low, at) or sent_for_signature(low, at)  # "sending the contract for signature today"


def _cues(low: str, outcome: bool) -> list[int]:
    """Where the closing words are in the lower-cased text. A signature of an NDA or the like is not the
    deal's; a meeting pushed to a new date is not the decision."""
    cues = [
        m.start()
        for m in _CLOSE_CUE.finditer(low)
        if not (_SIGN_WORD.match(low, m.start()) and _not_the_deals(low, m.start()))
    ]
    cues += [
        m.end() for m in _SLIP_CUE.finditer(low) if not _MEETING_BEFORE.search(low, max(0, m.start() - 30), m.start())
    ]
    if outcome:
        cues += [m.start() for m in _OUTCOME_CUE.finditer(low)]
    return sorted(cues)
