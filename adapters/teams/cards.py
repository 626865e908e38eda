"""Neutral replies and approval cards as Adaptive Cards 1.5 (plain dicts, no SDK types).

The approval card carries the draft in a multi-line ``Input.Text`` so the approver can edit in place,
and ``Action.Execute`` buttons (Universal Actions) whose ``fallback`` is an ``Action.Submit`` with the
same data, for clients that predate Universal Actions. A decided card shows who decided and has no
buttons, so a stale card can never be pressed again."""

from __future__ import annotations

from typing import Any

from bot.events import Block, DecisionResult, ProposalCard, Reply

CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA_URL = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
MARKER = "dealbot.proposal"  # in every button's data, so a submit is recognised as a decision
BODY_INPUT = "body"  # the Input.Text id; its value arrives merged into the action data
MAX_TABLE_ROWS = 25  # Teams rejects cards over ~28 KB; the text reply still states the totals

Card = dict[str, Any]


def adaptive_card(
    body: list[dict[str, Any]], actions: list[dict[str, Any]] | None = None, *, summary: str = ""
) -> Card:
    card: Card = {"type": "AdaptiveCard", "$schema": SCHEMA_URL, "version": VERSION, "body": body}
    if actions:
        card["actions"] = actions
    if summary:
        card["fallbackText"] = summary
    return card


def text_block(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def fact_set(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    return {"type": "FactSet", "facts": [{"title": label, "value": value or "-"} for label, value in pairs]}


def attachment(card: Card) -> dict[str, Any]:
    """The Bot Framework attachment that carries ``card``."""
    return {"contentType": CONTENT_TYPE, "content": card}


# --- answers ---------------------------------------------------------------------------------


def reply_card(reply: Reply) -> Card | None:
    """The answer as a card when it has structure (facts, tables); None when plain text says it all."""
    if not reply.blocks or reply.cards:  # a draft's own approval card already shows its facts
        return None
    body = [text_block(reply.text)]
    for block in reply.blocks:
        body.extend(_block(block))
    if reply.basis:
        body.append(text_block(f"Basis: {reply.basis}", isSubtle=True, size="Small", separator=True))
    return adaptive_card(body, summary=reply.text)


def _block(block: Block) -> list[dict[str, Any]]:
    elements: list[dict[str, Any]] = [text_block(block.title, weight="Bolder", separator=True)]
    if block.facts:
        elements.append(fact_set([(f.label, f.value) for f in block.facts]))
    if block.columns and block.rows:
        elements.append(_row(block.columns, header=True))
        elements.extend(_row(row) for row in block.rows[:MAX_TABLE_ROWS])
        if len(block.rows) > MAX_TABLE_ROWS:
            elements.append(text_block(f"... and {len(block.rows) - MAX_TABLE_ROWS} more rows", isSubtle=True))
    return elements


def _row(cells: tuple[str, ...], *, header: bool = False) -> dict[str, Any]:
    """One table row as a ColumnSet: every row uses the same stretch columns, so cells line up."""
    style = {"weight": "Bolder"} if header else {}
    columns = [{"type": "Column", "width": "stretch", "items": [text_block(cell, **style)]} for cell in cells]
    return {"type": "ColumnSet", "columns": columns, "spacing": "Small", **({"separator": True} if header else {})}


def notice_card(text: str) -> Card:
    """A one-line card, for an invoke that must answer with a card but has nothing else to show."""
    return adaptive_card([text_block(text)], summary=text)


# --- approvals -------------------------------------------------------------------------------


def approval_card(card: ProposalCard, *, notice: str | None = None) -> Card:
    """The card for a draft as it stands: editable with live buttons while pending, decided otherwise."""
    if not card.open_for_decision:
        return decided_card(card, notice=notice)
    body: list[dict[str, Any]] = []
    if notice:
        body.append(text_block(notice, color="Attention"))
    body += [text_block("Draft email for your approval", weight="Bolder", size="Medium"), fact_set(_header_facts(card))]
    if card.rationale:
        body.append(text_block(card.rationale, isSubtle=True))
    body.append({"type": "Input.Text", "id": BODY_INPUT, "label": "Email (edit before approving if you like)",
                 "isMultiline": True, "value": card.body})  # fmt: skip
    actions = [_button(card.id, "approve", "Approve", "positive"), _button(card.id, "reject", "Reject", "destructive")]
    return adaptive_card(body, actions, summary=f"Draft email to {card.recipient}: {card.subject}")


def decided_card(card: ProposalCard, *, notice: str | None = None) -> Card:
    """The card after a decision: who decided and what became of the email; no buttons."""
    body = [
        text_block(status_line(card), weight="Bolder", color=_status_colour(card.status)),
        fact_set(_header_facts(card)),
        text_block(card.body, fontType="Monospace", isSubtle=True, separator=True),
    ]
    if notice:
        body.insert(1, text_block(notice, isSubtle=True))
    return adaptive_card(body, summary=status_line(card))


def decision_card(result: DecisionResult) -> Card:
    """What an Action.Execute press answers with: the card as it is now, and what the press did."""
    if result.card is None:
        return notice_card(result.message)
    return approval_card(result.card, notice=result.message)


def status_line(card: ProposalCard) -> str:
    """One line on where the draft stands, naming who decided and when."""
    who = f" by {card.decided_by}" if card.decided_by else ""
    when = f" on {card.decided_at:%Y-%m-%d %H:%M} UTC" if card.decided_at else ""
    lines = {
        "pending": "Waiting for approval",
        "approved": f"Approved{who}{when}; waiting to be sent",
        "sending": f"Approved{who}{when}; sending",
        "sent": f"Approved{who}{when}; sent",
        "rejected": f"Rejected{who}{when}; nothing was sent",
        "expired": "Expired before anyone decided; nothing was sent",
        "blocked": f"Blocked: {card.blocked_reason or 'cannot be sent'}",
        "failed": f"Approved{who}{when}, but sending failed: {card.blocked_reason or 'unknown error'}",
    }
    return lines.get(card.status, f"{card.status.capitalize()}{who}{when}")


def _status_colour(status: str) -> str:
    return {"sent": "Good", "approved": "Good", "sending": "Good", "rejected": "Warning"}.get(status, "Attention")


def _header_facts(card: ProposalCard) -> list[tuple[str, str]]:
    facts = [("To", card.recipient), ("Subject", card.subject), ("Asked by", card.requested_by)]
    if card.open_for_decision and card.expires_at is not None:
        facts.append(("Expires", f"{card.expires_at:%Y-%m-%d %H:%M} UTC"))
    return facts


def _button(proposal_id: str, verb: str, title: str, style: str) -> dict[str, Any]:
    data = {"dealbot": MARKER, "proposal_id": proposal_id}
    submit = {"type": "Action.Submit", "title": title, "style": style, "data": {**data, "verb": verb}}
    return {"type": "Action.Execute", "title": title, "verb": verb, "style": style, "data": data, "fallback": submit}
