"""The App Home tab: my open deals by stage, my at-risk deals, the drafts waiting for my approval and the
proposed deal updates waiting for me to confirm (each with the same buttons as in a message)."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)
from slack_sdk.models.blocks.blocks import Block as SlackBlock
from slack_sdk.models.views import View

from adapters.slack.cards import decision_buttons
from adapters.slack.text import FIELD_LIMIT, SECTION_LIMIT, clip, escape, slack_date
from adapters.slack.update_cards import update_card_block_list
from bot.events import Fact, HomeSummary, ProposalCard

HOME_BLOCKS_LIMIT = 100


def home_view(summary: HomeSummary) -> dict[str, Any]:
    """The Home tab for one person, or how to get linked when dealbot does not know them. Cards are left
    out whole, never cut, when Slack's 100-block limit is reached."""
    if summary.user_name is None:
        text = escape(summary.message or "I don't know you yet.")
        return View(type="home", blocks=[HeaderBlock(text="dealbot"), _text(text)]).to_dict()
    blocks: list[SlackBlock] = [HeaderBlock(text="dealbot"), _text(f"Hi {escape(summary.user_name)}.")]
    blocks += _facts(summary.deals_title, summary.open_by_stage, empty="No open deals.")
    if summary.at_risk:
        blocks += _facts("At risk", summary.at_risk, empty="")
    blocks += [DividerBlock(), _text("*Waiting for your approval*")]
    if not summary.pending:
        blocks.append(_text("Nothing waits for you."))
    cards = [_pending(card) for card in summary.pending]
    if summary.updates:
        cards.append([DividerBlock(), _text("*Deal updates to confirm*")])
        cards += [update_card_block_list(u) for u in summary.updates]
    for card_blocks in cards:
        if len(blocks) + len(card_blocks) > HOME_BLOCKS_LIMIT:
            break
        blocks += card_blocks
    return View(type="home", blocks=blocks).to_dict()


def _facts(title: str, facts: tuple[Fact, ...], *, empty: str) -> list[SlackBlock]:
    if not facts:
        return [_text(f"*{escape(title)}*\n{empty}")]
    fields = [MarkdownTextObject(text=clip(f"*{escape(f.label)}*\n{escape(f.value)}", FIELD_LIMIT)) for f in facts]
    return [
        SectionBlock(text=MarkdownTextObject(text=f"*{escape(title)}*") if i == 0 else None, fields=fields[i : i + 10])
        for i in range(0, len(fields), 10)
    ]


def _pending(card: ProposalCard) -> list[SlackBlock]:
    subject = escape(card.subject or "(no subject)")
    line = f"*{subject}*\nTo {escape(card.recipient)} · asked by {escape(card.requested_by)}"
    expiry = f"Expires {slack_date(card.expires_at)}" if card.expires_at else "Pending"
    return [
        _text(clip(line, SECTION_LIMIT)),
        ContextBlock(elements=[MarkdownTextObject(text=clip(f"{expiry} · {escape(card.rationale)}", SECTION_LIMIT))]),
        decision_buttons(card.id, block_id=f"home:{card.id}"),
    ]


def _text(text: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=clip(text, SECTION_LIMIT)))
