"""Neutral replies as Block Kit: a summary line, fields, and a context line with the numbers' basis.

Built with slack_sdk.models, whose ``to_dict()`` checks Slack's limits, so a payload Slack would refuse
fails here, in our tests, rather than in someone's channel."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import ContextBlock, MarkdownTextObject, SectionBlock
from slack_sdk.models.blocks.blocks import Block as SlackBlock

from adapters.slack.text import FIELD_LIMIT, MESSAGE_BLOCKS_LIMIT, SECTION_LIMIT, clip, escape
from bot.events import Block, Reply

PLACEHOLDER = "Looking into it…"
SORRY = "Sorry, something went wrong on my side and I couldn't answer. Please try again in a minute."


def placeholder_blocks() -> list[dict[str, Any]]:
    """The message posted at once, and replaced by the answer when the agent is done."""
    return _dicts([ContextBlock(elements=[MarkdownTextObject(text=f":hourglass_flowing_sand: {PLACEHOLDER}")])])


def reply_text(reply: Reply) -> str:
    """The plain-text fallback (notifications, screen readers); with a card, only the first paragraph."""
    text = reply.text.split("\n\n", 1)[0] if reply.cards else reply.text
    return clip(text, SECTION_LIMIT)


def reply_blocks(reply: Reply) -> list[dict[str, Any]]:
    """The answer; a reply that created drafts shows its first line here and the drafts on their own cards."""
    blocks: list[SlackBlock] = [
        SectionBlock(text=MarkdownTextObject(text=clip(escape(reply_text(reply)), SECTION_LIMIT)))
    ]
    if not reply.cards:
        for block in reply.blocks:
            blocks.extend(_neutral(block))
    if reply.basis:
        blocks.append(
            ContextBlock(elements=[MarkdownTextObject(text=clip(f"Basis: {escape(reply.basis)}", SECTION_LIMIT))])
        )
    return _dicts(blocks[:MESSAGE_BLOCKS_LIMIT])


def _neutral(block: Block) -> list[SlackBlock]:
    out: list[SlackBlock] = []
    title = MarkdownTextObject(text=clip(f"*{escape(block.title)}*", SECTION_LIMIT))
    fields = [
        MarkdownTextObject(text=clip(f"*{escape(f.label)}*\n{escape(f.value)}", FIELD_LIMIT)) for f in block.facts
    ]
    for start in range(0, len(fields), 10):  # Slack allows ten fields per section
        out.append(SectionBlock(text=title if start == 0 else None, fields=fields[start : start + 10]))
    if block.columns and block.rows:
        head = clip(f"*{escape(block.title)}*", 200) + "\n```"
        table = clip(escape(_table(block)), SECTION_LIMIT - len(head) - 3)
        out.append(SectionBlock(text=MarkdownTextObject(text=f"{head}{table}```")))
    return out


def _table(block: Block) -> str:
    rows = (block.columns, *block.rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(block.columns))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def _dicts(blocks: list[SlackBlock]) -> list[dict[str, Any]]:
    return [b.to_dict() for b in blocks]
