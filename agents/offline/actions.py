"""Requests to *do* something rather than to report figures: change a deal's stage, draft an email,
suggest next steps, check risk. Read before any figure question, because their words ("won", "email",
"Cancity") would otherwise read as filters."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from agents.offline import lexicon as lx
from agents.offline.draft_asks import asks_indirectly
from agents.offline.draft_spelling import draft_words_spelt
from agents.offline.entities import Mention, tokens_of
from agents.offline.headquarters import headquarters
from agents.offline.normalise import without_plan
from agents.offline.question import Question
from agents.offline.risk_reasons import asked_reason
from agents.offline.taken_back import taken_back
from agents.offline.whats_wrong import asks_whats_wrong


def read_request(t: str, text: str, mentions: list[Mention]) -> Question | None:
    """The action ``text`` asks for (``t`` is its normalised form), or None for a question about figures."""
    mentions = taken_back(text, mentions)  # "a note to Toughzap - sorry, Treequote": written to the one meant
    account = next((m for m in reversed(mentions) if m.kind == "account"), None)
    tokens = tokens_of(text)
    named = frozenset(w.lower() for m in mentions for w in (*m.name.split(), *tokens[m.start : m.end]))
    t, spelt = draft_words_spelt(t, named), draft_words_spelt(text, named)  # "can u writ smthng to Conecom"
    if (update := _stage_command(t, text, mentions)) is not None:
        return Question("update", scope=update, text=text)
    t = without_plan(t, text)  # "who owns it? want to ping them first": the rep's plan, not a request
    t = _NOT_ASKED.sub(" ", t)  # "before I reply", "I'll send it myself": the rep writes, not us
    wants = _wants_draft(t) or _made_for_review(spelt, t) or _asked_in_a_sentence(spelt)
    if (
        lx.AFFIRMATIONS.match(t)
        or (lx.DRAFT_IT.search(t) and account is None)
        or (wants and lx.DRAFT_THE_STEP.search(t))
    ):
        return Question("draft_action", scope=_action_scope(t, text, mentions), text=text)  # the step just shown
    if wants and account is not None:
        return Question("draft", scope=_draft_scope(mentions, text), text=text)
    if wants and (where := headquarters(t)):  # "an intro email to our Japan-based account": the one based there
        return Question("draft", scope={**_draft_scope(mentions, text), "headquarters": where}, text=text)
    if wants and (target := _named_recipient(text)) and not _a_colleague(target, mentions):
        return Question("draft", scope={"account": target}, text=text)  # the tool says it doesn't know it
    if any(lx.has(t, cue) for cue in lx.ACTION_CUES):
        return Question("action", scope=_action_scope(t, text, mentions), text=text)
    if (reason := asked_reason(t, text)) is not None:  # "any stakeholder changes at Cancity?": that reason only
        return Question("risk", scope={**_risk_scope(t, mentions), "reason": reason}, text=text)
    risky = any(lx.has(lx.REASSURED.sub(" ", t), cue) for cue in lx.RISK_CUES) and not _counted_after_remark(text)
    if risky or asks_whats_wrong(t, mentions):  # "what's wrong with the Cancity deal", "why's Kan-code flagged"
        return Question("risk", scope=_risk_scope(t, mentions), text=text)
    return None


_SENTENCES = re.compile(r"(?<=[.!?…])\s+|\s+[-–—]+\s+")
_COUNT_ASKED = re.compile(r"^(?:(?:so|and|but|ok|okay|anyway)\W+)*how (?:many|much)\b", re.IGNORECASE)


def _counted_after_remark(text: str) -> bool:
    """ "Funholding keeps slipping through my fingers.. how many have I lost there vs won?": the risk word is in a
    remark, and the question after it asks for a count, so it is the count that is asked, not a risk check."""
    sentences = [s.strip(" .!,") for s in _SENTENCES.split(text.strip()) if s.strip(" .!,")]
    remarks = [s for s in sentences if any(lx.has(lx.normalised(s), cue) for cue in lx.RISK_CUES)]
    asked = [s for s in sentences if s not in remarks]
    if not asked or any("?" in s for s in remarks):
        return False  # "is Cancity at risk? how many deals there?": the risk is asked too
    return all(_COUNT_ASKED.match(s) for s in asked)


_WRITE = r"(?:reply|respond|reach out|email|e-mail|mail|write|send|ping|follow up|get back|contact|message|draft)"
# sending words that ask nothing of us: what the rep will do ("before I reply", "I'll send it myself") or
# what we must not do ("don't email anyone")
_WRITING = (
    r"(?:replying|responding|reaching out|emailing|mailing|writing|sending|pinging|following up|getting back"
    r"|contacting|messaging|drafting)"
)
_MESSAGE = r"(?:draft|drafts|email|emails|e-mail|note|message|reply|write-?up|letter)"
# the rep writes, or wants nothing written: "I'll email Konex myself", "no draft needed"; their "I" owns no deals
_REP_WRITES = re.compile(
    # the subject may be dropped in chat: "about to email their CFO myself", "gonna ping them personally"
    rf" (?:i'll|i will|ill|i'm going to|im going to|i am going to|i can|let me|i'd rather|i'll just|i'd|i'm|im"
    rf"|i am|about to|going to|gonna) (?:\w+ ){{0,2}}?(?:{_WRITE}|{_WRITING})"
    r" (?:(?:to |with )?(?:her|him|them|it|the \w+|[\w'&-]+(?: [\w'&-]+){0,2}?) )?"
    r"(?:(?:it|this|that|them|the \w+) )?(?:myself|personally|on my own)(?= )"
    # a message declined: "no draft needed", "don't need an email for them", "not asking you to write anything"
    rf"| (?:no|not) (?:a |an |any )?(?:\w+ )?{_MESSAGE} (?:needed|necessary|required|wanted|please|pls|thanks"
    r"|just|only|yet|for now|this time)(?= )"  # "(no email, just prepping)"
    rf"| (?:don't|dont|do not) (?:need|want) (?:a |an |any )?(?:\w+ )?{_MESSAGE}(?= )"
    rf"| (?:no need for|not asking for|not asking you for) (?:a |an |any )?(?:\w+ )?{_MESSAGE}(?= )"
    rf"| not (?:asking|wanting|looking for) (?:you )?(?:to )?(?:\w+ )?{_WRITE}(?: (?:anything|anyone|them|it))?(?= )"
)
_NOT_ASKED = re.compile(
    rf" (?:before|after|when|once|until|so|then) (?:i|we) (?:\w+ )?{_WRITE}(?: (?:to )?(?:them|him|her|it|back|out))?"
    rf"(?= )| (?:don't|dont|do not|no need to|not to|never|won't|wont) (?:\w+ )?{_WRITE}"
    r"(?: (?:anyone|anybody|anything|them|it|him|her|out|yet))*(?= )|"
    + _REP_WRITES.pattern
    # held back for now: "not replying yet", "holding off on emailing them till Monday"
    + rf"| (?:not|holding off on|hold off on|haven't|havent) (?:\w+ )?{_WRITING}(?: (?:to )?(?:them|him|her|it|back))?"
    r"(?= (?:yet|for now|until|till|til|just yet|today)(?= ))"
    # the rep's own message under way, whoever it goes to: "drafting my QBR email to Dustin - need my Q4 numbers"
     + rf"| (?:(?:i'm|im|i am) )?(?:currently |just )?(?:drafting|writing|prepping|preparing|putting together"
    rf"|working on) (?:my|our) (?:[\w'-]+ ){{0,3}}?{_MESSAGE}(?: (?:to|for) [\w'&-]+)?(?= )"
    # ... said as what the rep is busy with: "writing the year-end email to the board - I need my team's bookings"
     + rf"|(?:^|(?<= i'm)|(?<= im)|(?<= i am)) (?:currently |just )?(?:drafting|writing|prepping|preparing"
    rf"|putting together|working on) (?:the|a|an|this) (?:[\w'-]+ ){{0,3}}?{_MESSAGE}(?: (?:to|for) [\w'&-]+)?(?= )"
    # the figures come to the rep: "send me the Q3 numbers", "email us the list", "can you ping me the totals"
     + r"| (?:send|email|e-mail|mail|ping|forward|shoot|message|dm|text|drop|get|remind) (?:it |them |those |these )?"
    r"(?:over )?(?:to )?(?:me|us|myself)(?= )"
    # ... or are what is written: "draft me the numbers for Conecom", "write up my Q4 figures"; not "write them the
    # numbers" (a message to them) nor "draft a note with the numbers"
     + r"| (?:draft|write|write up|write down|jot down|note down|put together|pull together|prep|prepare|compose)"
    r" (?:me |us )?(?:up |down )?(?:the |my |our |their |his |her |some )?"
    r"(?:(?!them |him |her |to |a |an )[\w'-]+ ){0,2}?(?:numbers|figures|stats|metrics|totals|kpis|nums)(?= )"
)


def asks_for_message(text: str) -> bool:
    """Whether ``text`` asks for a message to be written, whoever it is for ("could you put something together I
    can look over?")."""
    text = draft_words_spelt(text)  # "pls writ smthng I can look over"
    t = _NOT_ASKED.sub(" ", lx.normalised(text))
    return _wants_draft(t) or _made_for_review(text, t) or _asked_in_a_sentence(text)


def without_rep_writing(t: str) -> str:
    """``t`` without what the rep will write themself or declines ("I'll email them myself", "no draft needed")."""
    return _REP_WRITES.sub(" ", t)


def draft_the_step(current: Question, previous: Question | None) -> Question:
    """ "draft it" after "what should I do about X?" (or "why is X at risk?"): the step shown for X. A bare "yes"
    with nothing proposed before is not a request to draft anything."""
    if previous is not None and previous.style in ("action", "risk"):
        scope = {**previous.scope, **current.scope} if not current.scope.get("account") else current.scope
        return replace(current, scope=scope)
    if lx.AFFIRMATIONS.match(lx.normalised(current.text)):
        return Question("out_of_scope", text=current.text)
    named = {k: v for k, v in current.scope.items() if k in ("account", "deal", "product")}
    return replace(current, scope=named)  # "draft it" out of the blue: the tool asks which deal


_STAGE_COMMAND = re.compile(
    r"^ (please |pls |can you |could you )?(mark|move|set|update|change|flag|put|close out|close) .*?"
    r"(as |to |into )?(closed[ -]?won|closed[ -]?lost|won|lost|engaging|prospecting) "
)
_AMOUNT = re.compile(r"\b(?:for|at|worth|value of|amount of) \$?(\d[\d,]*(?:\.\d+)?) ?(k|m)?\b", re.IGNORECASE)


def _stage_command(t: str, text: str, mentions: list[Mention]) -> dict[str, Any] | None:
    """ "mark the Cancity deal as won for $4,800", "move 1C1I7A6R to engaging": a stage change, not a question."""
    found = _STAGE_COMMAND.search(t)
    if found is None or "?" in text:
        return None
    stage = found.group(4).replace("closed", "").strip(" -").capitalize()
    update: dict[str, Any] = {"stage": stage}
    opportunity = re.search(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8}\b", text)
    if opportunity:
        update["opportunity"] = opportunity.group(0)
    for m in mentions:
        if m.kind in ("account", "product"):
            update.setdefault(m.kind, m.name)
    amount = _AMOUNT.search(text)
    if amount and stage == "Won":
        value = float(amount.group(1).replace(",", ""))
        update["close_value"] = value * {"k": 1_000, "m": 1_000_000}.get((amount.group(2) or "").lower(), 1)
    return update


def _risk_scope(t: str, mentions: list[Mention]) -> dict[str, Any]:
    """Whose open deals a risk question is about: one account, or my (team's) deals, or a rep's."""
    scope: dict[str, Any] = {}
    for m in mentions:
        key = {"account": "account", "person": "owner"}.get(m.kind)
        if key and key not in scope:
            scope[key] = m.name
    if not scope and lx.means_my_team(t, t):
        scope["owner"] = "my team"
    elif not scope and any(lx.has(t, w) for w in lx.SELF_WORDS):
        scope["owner"] = "me"
    return scope


def _action_scope(t: str, text: str, mentions: list[Mention]) -> dict[str, Any]:
    """Which deals a next-step question is about: as for risk, plus a product or an opportunity id."""
    scope = _risk_scope(t, mentions)
    product = next((m.name for m in mentions if m.kind == "product"), None)
    if product and "account" in scope:
        scope["product"] = product
    opportunity = re.search(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8}\b", text)
    if opportunity:
        scope["deal"] = opportunity.group(0)
    return scope or {"owner": "me"}  # "what's next?": the asker's own deals


# a terse chat command that opens on a chasing verb: "nudge -> plexzap, quote from 11/28", "pls chase up Isdom"
_CHASE_COMMAND = re.compile(
    r"^ (?:(?:pls|please|can you|could you|quick|quickly|ok|okay|also|and) )*(?:nudge|chase|chase up|bump|poke"
    r"|follow-up|followup|check in with|circle back to|circle back with) "
)
# "shoot Bioplex an email", "drop them a line", "fire off a note to Konex": the message is the object
_SEND_IDIOM = re.compile(
    r" (?:shoot|drop|fire off|fire|send over|ping over|flick|zap) (?:[\w'&-]+ ){0,4}?(?:a|an|some|the) "
    r"(?:(?:quick|short|brief|little|friendly|polite) )?(?:email|e-mail|mail|note|line|message|msg) "
)


# a message named by its kind, made by a writing verb: "pen a few lines to X", "put together a short intro", "need a
# polite no", "whip up a thank-you note"; or the approval queue named as where it goes: "put it in my queue"
_MESSAGE_KIND = (
    r"(?:a few lines|a couple of lines|a line|intro|introduction|intro email|intro note|thank-you|thank you note"
    r"|thank-you note|apology|congratulations note|congrats note|polite no|gentle no|soft no|turn-down"
    r"|welcome note|welcome email|recap email|recap note|nudge|chaser|check-in|check-in note)"
)
_MADE_MESSAGE = re.compile(
    r" (?:pen|put together|whip up|knock up|knock together|dash off|craft|prep|prepare|draw up|write up|need|want"
    rf"|get me|give me) (?:(?:a|an|some|me|us) )?(?:(?:short|quick|brief|little|polite|friendly|warm|nice|firm"
    rf"|gentle|proper|formal) )*(?:[\w'-]+ ){{0,2}}?{_MESSAGE_KIND}(?= )"  # "a year-end thank-you"
    r"| (?:put|drop|stick|park|leave) (?:it|this|that|the draft|them) (?:in|into|on) (?:my|the) (?:approval )?queue "
    # "could you pen something to Hottechi wishing them...": something written to someone
    r"| (?:pen|jot|jot down|dash off|write|compose|knock out|draft) (?:me |us )?(?:something|a little something"
    r"|a few words|a few kind words) (?:to|for) (?!me |us |myself |the team |my team |my manager |my boss )"
)


# a message made for a purpose told next: "put together a note asking if they'd be up for it", "prep a holding note
# from me to Bioholding saying...". The making verb keeps "I got a note saying..." (one received) out.
_PURPOSED_MESSAGE = re.compile(
    r" (?:put together|prep|prepare|write|make|pen|whip up|draw up|knock up|knock together|craft|compose|need|want)"
    r" (?:me |us )?(?:a|an|some) (?:[\w'-]+ ){0,2}?(?:note|email|e-mail|message|letter|reply|heads-up|line)"
    r"(?: from (?:me|us|[\w'-]+))?(?: (?:to|for) [\w'&-]+(?: [\w'&-]+)?)? (?:asking|saying|inviting|thanking|telling"
    r"|letting|confirming|offering|requesting|explaining|checking|to say|to ask|to let|to invite|to thank) "
)


# a customer to be told something, as a command: "let Vehement know the quote runs out", "pls inform Konex that ...";
# not a report ("did we tell Konex", "Konex let us know") nor a word to us or the team ("let me know", "tell my team")
_TELL_COMMAND = re.compile(
    r"(?<! did)(?<! we)(?<! i)(?<! they)(?<! to)(?<! should)(?<! has)(?<! have)(?<! who)(?<! 'll)(?<! had)"
    r" (?:let|tell|inform|notify|advise|warn|alert|give) (?!me |us |myself |the team |my team |my manager |my boss )"
    r"(?:[\w'&.-]+ ){1,4}?(?:know|that|about|a heads-up|a heads up|the news|in advance) "
)


# a message that came in, its noun no verb of ours: "got an email from Bubba Gump this morning", "Konex sent a note"
_CAME_IN = re.compile(
    r" (?:sent|got|received|had|left|wrote|forwarded|dropped|opened|read|saw) (?:us |me |over |in )?(?:a|an|the|their"
    r"|his|her|this|that|another|some|two|three|\d+) (?:[\w'-]+ ){0,2}?(?:emails?|e-mails?|mails?|messages?|notes?"
    r"|replies|reply|responses?|voicemails?)(?= )"
)


def _wants_draft(t: str) -> bool:
    t = t.replace(" note to self ", " ")  # a reminder the rep writes themself, to no one
    t = _CAME_IN.sub(" ", t)
    if _TELL_COMMAND.search(t):
        return True
    if any(lx.has(t, verb) for verb in lx.DRAFT_VERBS):
        return True
    if _MADE_MESSAGE.search(t) or _PURPOSED_MESSAGE.search(t):
        return True
    if _CHASE_COMMAND.search(t) or _SEND_IDIOM.search(t) or asks_indirectly(t):
        return True
    if re.search(
        r" (a|an|the|some|quick|short) ([\w'-]+ ){0,2}(note|email|message|letter|reminder|follow-up|reply)"
        r" (to|for) ",
        t,
    ):
        return True
    if (asked := _MESSAGE_ASKED.search(t)) and not _RECEIVED.search(t[: asked.start() + 1]) and not _TOLD_OF.search(t):
        return True
    # "just Warephase - a short heads-up that pricing changes on Feb 1": the message is named by what it says; not
    # one that came in ("Cancity sent a note saying they need time")
    named = re.search(r" (a|an|some) ((quick|short|brief|little|friendly|polite) )?(heads-up|heads up|note|email"
                      r"|message|reminder|nudge|line) (that|saying|letting|telling|to say|to let) ", t)  # fmt: skip
    return named is not None and not _RECEIVED.search(t[: named.start() + 1])


# a message for a customer asked for by its noun, however it is described: "need a short, warm reconnect msg for X",
# "a quick check-in note to X?", "follow-up for X pls" (opening the message); not "the email for X" (their address)
_NOUN = (
    r"(?:note|email|e-mail|mail|message|msg|letter|follow-up|followup|follow up|reply|nudge|text|dm|check-in"
    r"|checkin|intro|outreach|blurb|heads-up|heads up|touch base|touchpoint|invite|invitation|announcement|reminder)"
)
_WHEN = r"(?:next|this|tomorrow|today|monday|tuesday|wednesday|thursday|friday) "  # "a reminder for monday"
_MESSAGE_ASKED = re.compile(
    rf" (?:a|an|some|one|another) (?:[\w'-]+ ){{0,3}}?{_NOUN} (?:to|for) (?!{_WHEN})"
    rf"|^ (?:[\w'-]+ ){{0,2}}?{_NOUN} (?:to|for) (?!{_WHEN}|self |me |myself |us |the team |my team )"
)


# a message asked for by the review it is meant for, since every draft waits for the rep's approval: "something I
# can sign off on", "put together a version I can look over"; opening its sentence or after a making verb, so "is
# there a report I can review" stays a question
_FOR_REVIEW = re.compile(
    r"(?:^ | (?:put together|prep|prepare|whip up|draw up|write up|write|draft|knock up) )(?:me |us )?(?:something"
    r"|one|a draft|a version|a first draft|a first cut)(?: short| quick| brief)? (?:that )?(?:i|we) can (?:look over"
    r"|look at|go over|sign off on|sign off|review|approve|okay|ok|check|edit|tweak) "
    # the making verb split round what is made: "put something together I can look over", "whip one up for me to
    # check"
    r"| (?:put|whip|knock|throw|pull) (?:me |us )?(?:something|one|a draft|a version|a first draft|a few lines"
    r"|a few words)(?: short| quick| brief)? (?:together|up) (?:(?:for|to) [\w'&-]+ )?(?:that |which )?"
    r"(?:(?:i|we) (?:can|could|will|'ll)|for (?:me|us) to) (?:look over|look at|go over|sign off on|sign off|review"
    r"|approve|okay|ok|check|edit|tweak|read|read over|read through) "
)
# or by the customer hearing from the rep, with a making verb that names no message: "might help if they heard
# from me - can you put something together?"
_FROM_ME = re.compile(r" (?:heard|hear|hears|got|get|gets|received|receive|had) (?:[\w'-]+ ){0,3}?from me ")
_MAKE_SOMETHING = re.compile(
    r" (?:put|whip|knock|throw) (?:something|some words|a few words) (?:together|up) "
    r"| (?:put together|whip up|draw up|write up|prep|prepare) (?:something|a few words) "
)

# an answer to the customer made and brought to the rep to approve: "put an answer together and route it to me for
# approval", "draft a response, send it my way for review"
_ANSWER_MADE = re.compile(
    r" (?:put|whip|knock|throw|pull) (?:me |us )?(?:an answer|a response|a reply|a few lines)(?: \w+)? (?:together|up) "
    r"| (?:put together|draft|write|prepare|prep|draw up|write up|whip up|come up with) (?:me |us )?(?:an answer"
    r"|a response|a reply|an answer back|a written answer) "
)
_ROUTED_TO_ME = re.compile(
    r" (?:for|to get) (?:my |your )?(?:approval|review|sign-off|sign off|ok|okay|go-ahead) "
    r"| (?:route|send|pass|bring|run|forward|give|hand) (?:it|that|this|them) (?:back )?(?:to me|my way|past me|by me) "
)


def _made_for_review(text: str, t: str) -> bool:
    if _FROM_ME.search(t) and _MAKE_SOMETHING.search(t):
        return True
    if _ANSWER_MADE.search(t) and _ROUTED_TO_ME.search(t):
        return True  # "put an answer together and route it to me for approval"
    return any(_FOR_REVIEW.search(lx.normalised(s)) for s in _SENTENCES.split(text.strip()))


# a message spoken of, not asked for: "reply to them was slow last time", "reminder to Konex went out monday"
_TOLD_OF = re.compile(
    rf" (?:[\w'-]+ ){{0,2}}?{_NOUN} (?:to|for) [\w'&-]+(?: [\w'&-]+)? (?:was|were|is|are|has|had|took|came|went|got"
    r"|never|didn't|didnt|did not|bounced)(?= )"
)


def _asked_in_a_sentence(text: str) -> bool:
    """A message asked for at the start of a sentence after others ("idk, they never answer lol.. fine. reminder to
    Rantouch that the trial ends friday", "we'd love that. answer them yes"): the patterns that need the message's
    start, each sentence read on its own."""
    for sentence in _SENTENCES.split(text.strip())[1:]:
        s = _NOT_ASKED.sub(" ", lx.normalised(sentence))
        if (asked := _MESSAGE_ASKED.search(s)) and s.startswith(asked.group(0)) and not _TOLD_OF.match(s):
            return True
        if asks_indirectly(s):
            return True
    return False


# what the customer (or anyone) sent in: "they sent a note saying", "got an email from Konex saying"
_RECEIVED = re.compile(r" (?:sent|got|received|had|left|wrote|forwarded|dropped) (?:us |me |over |in )?$")


def _a_colleague(name: str, mentions: list[Mention]) -> bool:
    """Whether ``name`` is one of our people ("I need to send it to Rocco"): no customer email is asked for."""
    ours = {w.lower() for m in mentions if m.kind == "person" for w in m.name.split()}
    return name.split()[0].lower() in ours


def _named_recipient(text: str) -> str | None:
    """A capitalised name after "to"/"for" ("a note to Zzyzx Holdings"), for an account the store lacks."""
    found = re.search(r"\b(?:to|for|at)\s+([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)", text)
    return found.group(1) if found else None


# the word just before the account a message is written to: "a note to X", "asking X", "an invite for X"
_ADDRESSING = {"to", "asking", "ask", "telling", "tell", "inviting", "invite", "thanking", "thank", "remind",
               "reminding", "email", "emailing", "ping", "pinging", "message", "congratulating", "congratulate",
               "welcoming", "for", "send", "write", "nudge", "nudging", "chase", "chasing"}  # fmt: skip


def _draft_scope(mentions: list[Mention], text: str = "") -> dict[str, Any]:
    scope: dict[str, Any] = {}
    tokens = [w.lower() for w in tokens_of(text)]
    # the account written to, when the message names others too: "X wants a reference - a note asking Donware ..."
    addressed = [m for m in mentions if m.kind == "account" and tokens[m.start - 1 : m.start] and
                 tokens[m.start - 1] in _ADDRESSING]  # fmt: skip
    if addressed:
        scope["account"] = addressed[0].name
    for m in mentions:
        if m.kind == "account" and "account" not in scope:
            scope["account"] = m.name
        if m.kind == "product" and "product" not in scope:
            scope["product"] = m.name
    return scope
