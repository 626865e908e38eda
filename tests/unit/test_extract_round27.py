"""Round 27 extract classes: a contact's role said as "X's our <title>", "as <title>, I ..." on a speaker's line (time
stamped or WebVTT), a signature's "Title, Field", in the quoted mail its sender wrote; "our CFO" on the customer's
line of a call tagging our speaker "(us)"; a surname that is a common word; who left "last wk"; a question's "Is"
no name; a new prospect under a capitalised note heading or a three-line signature; an earlier purchase's figure;
dates said not to be the close, closing words that only say the timing is unknown, "can't sign before X" as a
bound, the quoted mail's date below the reply's; a stage moved "from X to Y"; a request to propose dates or check
back as the next step."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 1)
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]
MAIL = "From: Ana Berg <ana@finjob.example>\nTo: Lena Ostrova <lena@ourteam.example>\nSubject: {s}\n\n{body}"
REPLY = (
    "From: Lena Ostrova <lena@ourteam.example>\nTo: Ana Berg <ana@finjob.example>\nSubject: RE: Quote\n\n"
    "Thanks Ana, will do.\n\nOn Tue, Jun 1, 2017 at 9:00 AM, Ana Berg wrote:\n> Lena,\n> {line}\n> Ana"
)
VTT = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Lena Ostrova>Hi Ana.\n\n00:00:04.000 --> 00:00:09.000\n"
    "<v Ana Berg>{line}"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finjob call. Met Ana Berg and Tomas Lind. Tomas's the plant manager, so he signs off the kit.",
            {"Ana Berg": None, "Tomas Lind": "plant manager"},
        ),
        ("Globex visit. Marta Quist came along; Marta's a buyer there.", {"Marta Quist": "buyer"}),
        (
            "Finjob transcript\nAna Berg: Speaking as head of procurement, I'm fine with the terms.\nLena Ostrova: Ok.",
            {"Ana Berg": "head of procurement"},
        ),
        (
            "Finjob transcript\nAna Berg: Okay. As plant manager I need uptime guarantees.\nLena Ostrova: Sure.",
            {"Ana Berg": "plant manager"},
        ),
        (
            VTT.format(line="Hi. As Head of Fleet, I'm the one who signs. Finjob wants it."),
            {"Ana Berg": "Head of Fleet"},
        ),
        (
            "Call with Finjob\n[00:00:01] Rui Sol (us): Who signs?\n[00:00:05] Ana Berg: Tomas Lind, our COO, signs.",
            {"Ana Berg": None, "Tomas Lind": "COO"},
        ),
        (
            MAIL.format(s="Quote", body="Hi Lena,\nfine.\n\nAna Berg\nVP, Customer Service\nFinjob"),
            {"Ana Berg": "VP, Customer Service"},
        ),
        (REPLY.format(line="As head of IT I can approve this myself."), {"Ana Berg": "head of IT"}),
        (
            "From: Ada Good <ada.good@finjob.example>\nTo: sales@ourteam.example\nSubject: CRM\n\nWe need a CRM.\n\n"
            "Ada Good\nOperations Manager\nFinjob",
            {"Ada Good": "Operations Manager"},
        ),
        ("finjob - champ Ola Nordmann left last yr. new contact Kari Lie (CFO).", {"Kari Lie": "CFO"}),
        ("Finjob. Did Marta Lind sign the form? Is Tomas Berg on leave?", {"Marta Lind": None, "Tomas Berg": None}),
        # hard negatives: a possessive, a pronoun's "'s", a figure of speech after "as", our own speaker's "our"
        ("Finjob call with Tomas Lind. Tomas's team is keen.", {"Tomas Lind": None}),
        ("Finjob call with Tomas Lind. Tomas's marketing and sales team is keen.", {"Tomas Lind": None}),
        ("Finjob: Ana Berg sent the piece 'Some Math Is Missing' round.", {"Ana Berg": None}),
        ("Finjob call with Ana Berg. That's the last thing their CISO asked for. What's the plan?", {"Ana Berg": None}),
        ("Call - Finjob\nAna Berg: As far as I know, the budget is fine.\nLena Ostrova: Great.", {"Ana Berg": None}),
        (
            "Finjob transcript\nAna Berg: As discussed, I'll take it to the board.\nLena Ostrova: Sure.",
            {"Ana Berg": None},
        ),
        (
            "Call with Finjob\n[00:00:01] Rui Sol (us): Raj Patel, our SE, joins.\n[00:00:05] Ana Berg: Fine.",
            {"Ana Berg": None},
        ),
        (MAIL.format(s="Quote", body="Hi Lena,\nfine.\n\nAna Berg\nCFO, Initrode"), {"Ana Berg": "CFO"}),
        (REPLY.format(line="I'm happy with the price."), {"Ana Berg": None}),
        (MAIL.format(s="CRM", body="Hello, we need a CRM.\n\nWarm Regards\nAna"), {"Ana Berg": None}),
    ],
)
def test_contacts_and_roles(text: str, expected: dict[str, str | None]) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)) == expected


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Meeting note - Harrow Mills (new logo). Met Jo Baker, ops lead. Wants a demo.", "Harrow Mills"),
        ("Call Notes: Tarn Valley Dairy - spoke to the owner about GTX Basic.", "Tarn Valley Dairy"),
        (
            "From: Jo Baker <jo@harrow.example>\nTo: sales@ourteam.example\nSubject: CRM\n\nWe need a CRM.\n\n"
            "Regards,\nJo\n\nJo Baker\nHead of Operations\nHarrow Mills",
            "Harrow Mills",
        ),
        ("Meeting notes - Sarah Chen (CFO). She wants a demo.", None),  # a person heads the note
        ("Meeting note - Sarah Chen, head of ops, wants a demo.", None),
        (
            "From: Jo Baker <jo@mail.example>\nTo: sales@ourteam.example\nSubject: CRM\n\nWe need a CRM.\n\n"
            "Jo Baker\nHead of Operations\nSent from my phone",
            None,
        ),
    ],
)
def test_new_prospect(text: str, account: str | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).account == account


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Finjob: they bought 2 GTK 500s from us in 2015 for 40k. No number for the new rollout yet.", None),
        ("Finjob: the previous order, back in 2016, came to $12,000. Nothing quoted for this one.", None),
        ("Finjob: 3x GTX Pro for 14k last yr, that's not this deal. No price yet.", None),
        ("Finjob: their old contract was 9k but this one is 12k.", 12_000),
        ("Finjob: they want to renew the old contract at 24k for two years.", 24_000),
        ("Finjob: quote sent for 18,400. Back in 2015 they bought one unit.", 18_400),
        ("Finjob: they paid 9k for it last year, so the four licences at $13,572 is a stretch.", 13_572),
    ],
)
def test_earlier_purchase_is_no_amount(text: str, amount: int | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).amount == amount


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Finjob: Ana wants our quote by Friday, no idea when they'll sign.", None),
        ("Finjob: Ana wants pricing by Friday, not sure when they'll decide.", None),
        ("Finjob: kickoff pencilled for 12 July but that's onboarding, she hasn't told us when they will sign.", None),
        ("Finjob: the board meets 20 June but that's just a budget review, not the decision.", None),
        ("Finjob: we can't sign until September; decision expected end of October.", date(2017, 10, 31)),
        (
            MAIL.format(
                s="RE: quote",
                body="Lena, our CFO wants to move signing to the end of August.\n\n> From: Lena Ostrova\n"
                "> Sent: 20 May 2017\n> Quote attached, which fits your plan to sign by the end of June.",
            ),
            date(2017, 8, 31),
        ),
        # hard negatives: the unknown is something else, the date is affirmed, the bound alone
        ("Finjob: no word on pricing yet, but they'll sign by 30 June.", date(2017, 6, 30)),
        ("Finjob: no decision date yet, but they aim to sign by end of July.", date(2017, 7, 31)),
        ("Finjob: she hasn't said when the demo is, but they sign by end of July.", date(2017, 7, 31)),
        ("Finjob: they sign 3 July, that's the plan.", date(2017, 7, 3)),
    ],
)
def test_dates_not_the_close(text: str, value: date | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).close_date == value


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Finjob: I'm moving it from Prospecting to Engaging after today's demo.", "Engaging"),
        ("Finjob: bumped the opp up from prospecting into engaging.", "Engaging"),
        ("Finjob: not moving it from Prospecting to Engaging yet.", None),
        ("Finjob: deals like this usually go from prospecting to engaging in a month.", None),
        ("Finjob: if the demo lands I'll move it from Prospecting to Engaging.", None),
    ],
)
def test_stage_moved_from_to(text: str, stage: str | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).stage == stage


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("We'll go ahead. Could you suggest a few times for the onboarding call?\n\nAna", "onboarding"),
        ("Not now. Can you circle back after the summer holidays?\n\nAna", "summer"),
        ("Thanks. Could you propose two dates for the training?\n\nAna", "training"),
    ],
)
def test_request_as_next_step(body: str, word: str) -> None:
    step = read_note(MAIL.format(s="Next", body=body), NOW, ACCOUNTS).next_step
    assert step is not None and word in step
