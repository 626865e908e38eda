"""Risk classes the 50th blind set showed the engine missing: a note from inside the customer's company pasted into
their mail with quote marks and no forward header ("I'm forwarding the note I got from our COO:" then "> ..."),
which was dropped as if it were our own mail quoted back. The block is read for what it says when the customer's
words pass it on; a block of our own mail, or one no cover words pass on, stays unread."""

from __future__ import annotations

from agents.insights.pasted_note import pasted_note
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
latest = THREAD.latest


# --- a colleague's note pasted with quote marks, passed on in the customer's words -------------------------------

PASTED_BUDGET = (
    "Imke, passing on what our finance director sent round this morning.\n\n> From: Ilse Brandt\n> Subject: Spend\n"
    "> All discretionary IT budget for Q3 has been frozen pending the restructuring.\n\nNothing I can do, sorry."
)
PASTED_PRICE = (
    "Imke, here is what our purchasing team wrote back, word for word:\n\n>> Purchasing, 12.06: the offer is far "
    "too expensive compared with two similar systems. We need at least 25% off before we sign.\n\nI still like it."
)
PASTED_PAUSE = (
    "Imke, copying below the memo we received from our CEO yesterday.\n\n> All new vendor contracts are on hold "
    "until further notice while we review the group strategy.\n\nI'll let you know when I hear more."
)


def test_a_pasted_budget_freeze_counts() -> None:
    assert "budget_concern" in latest(PASTED_BUDGET)


def test_a_pasted_price_verdict_counts() -> None:
    assert latest(PASTED_PRICE) == ["pricing_objection"]


def test_a_pasted_hold_on_contracts_counts() -> None:
    assert "timeline_slip" in latest(PASTED_PAUSE)


def test_the_block_loses_its_marks_and_headers() -> None:
    note = pasted_note("See it for yourself:\n>>> From: HR\n>>> To: All staff\n>>> Ana leaves on Friday.", [])
    assert note == "Ana leaves on Friday."


# --- hard negatives: our own mail quoted back, a block nobody passes on, good news passed on ---------------------

OURS = "Imke here. If the budget is frozen we can phase it; unlike Quorvia, onboarding is included."


def test_our_own_mail_quoted_back_stays_unread() -> None:
    reply = f"Imke, see below, answered inline.\n\n> {OURS}\n\nNothing frozen here, all good."
    msgs = [THREAD.msg(*THREAD.asked), THREAD.msg("2017-06-02T09:00", OURS, "outbound"),
            THREAD.msg(THREAD.latest_at, reply)]  # fmt: skip
    assert THREAD.codes(msgs) == []
    assert pasted_note(reply, [OURS]) == ""


def test_a_pasted_mail_from_our_address_stays_unread() -> None:
    text = ("Imke, forwarding your note again for the file, many thanks for your patience!\n\n"
            "> From: Imke Vos <imke.vos@ourteam.example>\n"
            "> If your budget is cut we could phase the rollout; Quorvia would charge you more.")  # fmt: skip
    assert latest(text) == []


def test_a_quoted_block_nobody_passes_on_stays_unread() -> None:
    for text in (
        "Looking forward to the kickoff.\n\n> the budget has been frozen until further notice",
        "Sounds good, we'll sign on Friday.\n\n> Quorvia is cheaper and the price is far too high",
    ):
        assert latest(text) == [], text
        assert pasted_note(text, []) == "", text


def test_good_news_passed_on_stays_healthy() -> None:
    for text in (
        "Forwarding what our CFO said:\n> The price is fair and the budget is approved. Go ahead with Imke's team.",
        "Here is what our IT lead wrote:\n> We're not going any further with Quorvia; we sign with Imke.",
        "Imke, fyi see below, good news for us both.\n> Going forward, all stock counts move to your tool once live.",
    ):
        assert pasted_note(text, []), text  # read, and still healthy
        assert latest(text) == [], text
