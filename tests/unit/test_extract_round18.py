"""Round 18 extract classes: a stage set on the account by name ("marking Finjob Lost"), a stage standing alone as
a field of a terse note, the customer signing in the first person, a correction said as its own sentence, a
"Next from me:" label, a deadline that is no next step, the reply's own ask before the quoted mail, a third firm's
person by "(role, Firm Advisory)", and a title said by "she's" in the next sentence."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 10, 10)
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob call, they picked another vendor. Marking Finjob Lost.", "Lost"),
        ("Scottech demo went well, moving Scottech to Engaging.", "Engaging"),
        ("Rep note: moved Globex into Engaging after the workshop.", "Engaging"),
        ("Finjob: paperwork back, mark Finjob Won.", "Won"),
        # hard negatives: a way of moving, no stage
        ("Finjob: we're moving on to engaging their IT team next.", None),
        ("Scottech: moving quickly to engaging the board.", None),
    ],
)
def test_stage_set_on_the_account_by_name(text: str, expected: str | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).stage == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("finjob / ops lead Dana Kim / 12 seats / engaging / NS: demo Thu", "Engaging"),
        ("Scottech | referral | prospecting | wants pricing", "Prospecting"),
        ("globex / renewal / won / send invoice", "Won"),
        # hard negatives: two stages offered, or the word inside a longer field
        ("finjob / prospecting / engaging / not sure which / 10 seats", None),
        ("Finjob / engaging their CFO next week / 10 seats", None),
    ],
)
def test_stage_alone_as_a_field(text: str, expected: str | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).stage == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob call. Dana: I signed the contract an hour ago, so we're good.", "Won"),
        ("Scottech email: I've signed the order form, attached.", "Won"),
        ("Finjob: Omar wrote 'I have just countersigned the agreement'.", "Won"),
        # hard negatives: another paper, or a sign-up
        ("Finjob: Dana said I signed the NDA yesterday, pricing next.", None),
        ("Scottech: I signed up for their webinar on Friday.", None),
    ],
)
def test_first_person_signature(text: str, expected: str | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).stage == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finjob: they'll sign at the end of November. Actually, scratch that. It has to be by the 20th.",
            "2017-10-20",
        ),
        ("Scottech wants to decide by end of December. No, wait. Their board decides on 5 December.", "2017-12-05"),
        ("Finjob: signature end of Q4. My mistake. Sign-off is mid-November.", "2017-11-15"),
        # hard negative: no correction, the date stands
        ("Finjob: they'll sign at the end of November. Scratch the old deck, I'll send a new one.", "2017-11-30"),
    ],
)
def test_correction_as_its_own_sentence(text: str, expected: str) -> None:
    got = read_note(text, NOW, ACCOUNTS).close_date
    assert got is not None and got.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Finjob call. We need to be signed by the end of May. Next from me, then: a pricing sheet for Dana.",
            "pricing",
        ),
        ("Scottech: we need a decision by Friday, Omar said. Next from us: the sandbox setup.", "sandbox"),
        ("Finjob: we need a final decision before Christmas. Could you send us the SLA?", "SLA"),
        ("Scottech email: Could you send a quote for 40 seats? We still need a decision by mid-June.", "quote"),
    ],
)
def test_deadline_is_no_next_step(text: str, word: str) -> None:
    step = read_note(text, NOW, ACCOUNTS).next_step
    assert step is not None and word.lower() in step.lower()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob: we need to send the signed DPA back to them.", "DPA"),  # hard negative: a real action
        ("Scottech: we need your security questionnaire answered first.", "questionnaire"),
    ],
)
def test_need_that_is_an_action_stays(text: str, word: str) -> None:
    step = read_note(text, NOW, ACCOUNTS).next_step
    assert step is not None and word.lower() in step.lower()


_REPLY = (
    "From: Dana Kim <dana@finjob.example>\nTo: Lena Ostrova <lena@ourteam.example>\nSubject: RE: quote\n\n"
    "Hi Lena,\n\nThe number works. {ask}\n\nRegards,\nDana Kim\nOps Director, Finjob\n\n"
    "> On 2 Oct 2017, Lena Ostrova wrote:\n> Hi Dana, here's the quote. Let me know and I'll update it."
)


@pytest.mark.parametrize(
    ("ask", "word"),
    [
        ("Our legal team would like a copy of the DPA before signing.", "DPA"),
        ("Before then our security team wants a pen test summary.", "pen test"),
        ("Could you send the onboarding plan?", "onboarding"),
    ],
)
def test_reply_ask_before_quoted_mail(ask: str, word: str) -> None:
    step = read_note(_REPLY.format(ask=ask), NOW, ACCOUNTS).next_step
    assert step is not None and word.lower() in step.lower()


def test_quoted_ask_kept_when_reply_asks_nothing() -> None:
    step = read_note(_REPLY.format(ask="Thanks."), NOW, ACCOUNTS).next_step
    assert step is not None and "update" in step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finjob meeting. Attendees: Dana Kim (CFO), Piet Alders (adviser, Brandt Consulting).",
            {"Dana Kim": "CFO"},
        ),
        ("Scottech: Omar Reyes (CIO) and Ian Lee, an analyst at Kay Partners, joined.", {"Omar Reyes": "CIO"}),
        # hard negatives: the customer's person with a comma role, a firm named without a suffix
        ("Finjob: Dana Kim (ops lead, Finjob) joined.", {"Dana Kim": "ops lead"}),
        (
            "Scottech: Omar Reyes (CIO, Scottech) and Ian Lee (IT lead) joined.",
            {"Omar Reyes": "CIO", "Ian Lee": "IT lead"},
        ),
    ],
)
def test_third_firm_after_the_role(text: str, expected: dict[str, str | None]) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)) == expected


_MAIL = (
    "From: Dana Kim <dana@finjob.example>\nTo: Lena Ostrova <lena@ourteam.example>\nCc: Sara Lind <sara@finjob.example>"
    "\nSubject: RE: order\n\nHi Lena,\n\n{body}\n\nThanks,\nDana Kim\nOps Director, Finjob"
)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Please send the invoice to Sara. She's our finance manager and handles payments.", "finance manager"),
        ("Could you loop in Sara? She is the IT lead, so she needs access.", "IT lead"),
        # hard negatives: no title after "she's", or another capitalised name between
        ("Please send the invoice to Sara. She's out until Monday.", None),
        ("Please send the invoice to Sara and Tom Berg. He's the finance manager.", None),
    ],
)
def test_title_by_pronoun_in_next_sentence(body: str, role: str | None) -> None:
    roles = contact_roles(read_note(_MAIL.format(body=body), NOW, ACCOUNTS))
    assert roles.get("Sara Lind") == role


def test_our_in_a_rep_note_is_not_the_customers_title() -> None:
    text = "Finjob: send the deck to Raj. He's our solutions engineer."
    assert "Raj" not in contact_roles(read_note(text, NOW, ACCOUNTS))
