"""The drafts waiting for the rep's decision, asked in chat: "show my pending drafts", "what's waiting for my
approval?", "any emails to approve?". The answer lists them and shows their approval cards again, so one press
sends one. A typed "approve it" / "send it" is not an approval: only the card's button (or
``dealbot proposals approve``) is, so the reply says so and points back to the cards; a typed change ("make it
shorter") is made on the card too, or by asking for a new draft that says it.

Not read here: pending deals ("how many deals are pending"), a request to write ("draft a follow-up to Isdom"), or
what a customer sent ("any emails from Codehow")."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.question import Question, ToolCall

STYLES = ("drafts_waiting",)
APPROVE_IN_CHAT = "approve_in_chat"
REJECT_IN_CHAT = "reject_in_chat"
REVISE_IN_CHAT = "revise_in_chat"

_DRAFTS = r"(?:drafts?|draft emails?|emails?|e-mails?|mails?|proposals?|approvals?|approval cards?|cards?|follow-ups?)"
_WAITING = (
    r"(?:pending|waiting|awaiting|outstanding|unsent|unapproved|queued|not sent|still to approve|to approve"
    r"|for approval|for my approval|for sign-off|to sign off|to review"
    r"|need(?:s|ing)? (?:my |an )?(?:approval|sign-off|ok))"
)
# "show my pending drafts", "what drafts are waiting for my approval", "any emails to approve", "pending approvals"
_ASKED = re.compile(
    rf" {_WAITING} (?:\w+ ){{0,2}}?{_DRAFTS} | {_DRAFTS} (?:\w+ ){{0,3}}?{_WAITING} "
    r"| (?:my |the )?approval queue | (?:waiting|pending) (?:on|for) (?:me|my (?:ok|approval|sign-off)) "
)
# what a customer sent us, or deals: not our drafts
_NOT_DRAFTS = re.compile(r" (?:from|by) (?!me |us )\w+| deals? | opps? | opportunities ")
# a typed approval: "approve it", "ok send it", "yes, send the email", "looks good, ship it"
_TYPED_APPROVAL = re.compile(
    r"^ (?:(?:ok|okay|yes|yep|yeah|great|perfect|lgtm|looks good|looks great|all good|fine)(?: thanks)? )*"
    r"(?:approve|approved|send|ship|fire off|go ahead and send|send off|approve and send)"
    r"(?: it| that| this| them| both| all| the draft| the email| the mail| the note| that draft| that email)?"
    r"(?: off| out)?(?: now| please| pls| then)? $"
)
# a typed rejection: "reject it", "cancel that draft", "nah scrap the email"
_TYPED_REJECTION = re.compile(
    r"^ (?:(?:no|nah|nope|actually|hmm|ok|okay)(?: thanks)? )*(?:reject|cancel|discard|delete|scrap|bin|drop|kill)"
    r"(?: it| that| this| them| the draft| the email| the mail| that draft| that email| this draft)"
    r"(?: please| pls| now)? $"
)

# a change to the draft just made, typed: "make it shorter", "can you make it more formal", "change the subject line to
# ...", "rewrite it", "add that we can demo next week", "mention the discount too"; not "make it a pricing email to
# Konex" (a new draft) nor "add Konex to my list"
_IT = r"(?:it|this|that|the (?:draft|email|e-mail|mail|note|message|wording|tone|intro|opening|ending|sign-off))"
_TYPED_REVISION = re.compile(
    r"^ (?:(?:hmm|ok|okay|actually|also|and|but|great|nice|thanks|pls|please|can you|could you|can u|would you) )*"
    rf"(?:(?:make|keep) {_IT} (?:a (?:bit|little|lot) |much |way )?(?:shorter|longer|more|less|warmer|friendlier"
    r"|punchier|simpler|crisper|tighter|briefer|snappier|formal|casual|polite)"
    rf"|(?:rewrite|reword|rephrase|shorten|tighten|soften|redo|edit|tweak|change) {_IT}"
    r"|change the (?:subject|subject line|title|greeting|tone|wording|sign-off|closing|first line|last line)"
    r"|(?:add|include) (?:that|a line|a sentence|a note|a p\.?s\.?)"
    rf"|(?:drop|remove|cut|delete|lose) the (?:last|first|second) (?:line|sentence|paragraph|bit)"
    r"|(?:also )?mention (?:that |the |our |how |when )?.+ (?:too|as well) $)"
)


def read(t: str) -> Question | None:
    """The drafts-waiting question ``t`` (normalised) asks, or None."""
    if _TYPED_APPROVAL.match(t):
        return Question("out_of_scope", text=t, reason=APPROVE_IN_CHAT)
    if _TYPED_REJECTION.match(t):
        return Question("out_of_scope", text=t, reason=REJECT_IN_CHAT)
    if _TYPED_REVISION.match(t):
        return Question("out_of_scope", text=t, reason=REVISE_IN_CHAT)
    if _ASKED.search(t) and not _NOT_DRAFTS.search(t):
        return Question("drafts_waiting", text=t)
    return None


def refusal(reason: str) -> str | None:
    if reason == APPROVE_IN_CHAT:
        return (
            "I can't approve or send from a chat message: only the Approve button on the draft's card lets an email "
            'go out (you can edit it there first). Say "show my pending drafts" to see the cards again.'
        )
    if reason == REJECT_IN_CHAT:
        return (
            "Drafts are decided on their cards: press Reject on the draft's card (nothing is sent meanwhile, and a "
            'draft nobody decides expires). Say "show my pending drafts" to see the cards again.'
        )
    if reason == REVISE_IN_CHAT:
        return (
            "I can't rewrite a draft from a chat message. Press Edit on its approval card to change the wording "
            "there (what you change teaches me how you write), or ask me for a new draft that names the account and "
            'says it, for example "draft a follow-up to Cancity saying we can offer the discount we discussed". Say '
            '"show my pending drafts" to see the cards again.'
        )
    return None


def calls(question: Question) -> list[ToolCall]:
    return [ToolCall("pending_drafts", {})]


def answer(question: Question, results: list[dict[str, Any]]) -> str:
    data = results[0]
    drafts, total = data.get("pending") or [], int(data.get("total") or 0)
    if not drafts:
        return "No drafts are waiting for your decision."
    shown = "" if total <= len(drafts) else f" (the newest {len(drafts)} shown)"
    lead = f"{total} draft{'s are' if total != 1 else ' is'} waiting for your decision{shown}"
    lines = [f"{lead}; approve, edit or reject each on its card:"]
    lines += [f"- to {d['to']}: {d['subject']} (drafted {d['drafted']})" for d in drafts]
    return "\n".join(lines)
