"""Neutral replies as terminal text or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from bot.events import Block, Reply, UpdateCard


def render_text(reply: Reply) -> str:
    """The reply text, then each block as aligned facts or a table, then the basis line."""
    parts = [reply.text]
    for block in reply.blocks:
        parts.append(_block(block))
    if reply.basis:
        parts.append(f"(basis: {reply.basis})")
    for card in reply.cards:
        if card.open_for_decision:
            parts.append(f'(to decide: dealbot proposals approve|reject {card.id} --as "{card.requested_by}")')
    parts.extend(render_update_card(card) for card in reply.update_cards)
    return "\n\n".join(p for p in parts if p)


def render_update_card(card: UpdateCard) -> str:
    """A proposed deal update as terminal text, with the commands that decide on it."""
    lines = [f"Proposed update #{card.id}: {card.headline}", f"  deal {card.deal} · owner {card.owner}",
             f"  from {card.source}: “{card.excerpt}”"]  # fmt: skip
    lines += [f"  {n.label}: {n.value}" for n in card.notes]
    if card.open_for_decision:
        lines.append(f'  (dealbot updates confirm|edit|dismiss {card.id} --as "{card.owner}")')
    else:
        when = f" at {card.decided_at:%Y-%m-%d %H:%M} UTC" if card.decided_at else ""
        lines.append(f"  {card.status} by {card.decided_by or '-'}{when}")
        lines += [f"  {a.label}: {a.value}" for a in card.applied]
    return "\n".join(lines)


def _block(block: Block) -> str:
    lines = [block.title]
    if block.facts:
        width = max(len(f.label) for f in block.facts)
        lines += [f"  {f.label.ljust(width)}  {f.value}" for f in block.facts]
    if block.columns and block.rows:
        widths = [max(len(r[i]) for r in (block.columns, *block.rows)) for i in range(len(block.columns))]
        for row in (block.columns, *block.rows):
            lines.append("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines) if len(lines) > 1 else ""


def render_json(reply: Reply) -> str:
    return json.dumps(asdict(reply), default=str, indent=2)
