"""Round 21 extract classes: a close date given in a note's "Timeline:" field, a first name placed as "a colleague
of his, Femke", a name the speaker takes back at once ("Lucille, no, sorry, Lindiwe Mokoena"), a step's "it" whose
antecedent sits before a bare "Perfect.", and a customer's promise to decide (a deadline, not a step) next to our
offer of one ("I can do a mobile demo for her")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 1)  # a Thursday
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


def _close(text: str) -> str | None:
    got = read_note(text, NOW, ACCOUNTS).close_date
    return got.isoformat() if got else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob - demo went well. Timeline: end of Q3.", "2017-09-30"),
        ("Scottech. GTX Pro x4. Timeframe: next quarter. NS: send the quote.", "2017-09-30"),
        ("Globex Corporation\nTime frame: end of July\nNext: pricing call", "2017-07-31"),
        # hard negatives: a timeline talked about, not a field's value; a timeline with no date in it
        ("Finjob: we discussed the rollout timeline for next quarter with IT.", None),
        ("Scottech - Timeline: unclear, no budget yet.", None),
    ],
)
def test_close_date_in_a_timeline_field(text: str, expected: str | None) -> None:
    assert _close(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Finjob: met Dana Whitlock, their CFO, and a colleague of hers, Priya. Next: send the quote.", "Priya", True),
        ("Scottech booth chat with Omar Haddad (IT director) and a colleague of his, Tomasz.", "Tomasz", True),
        ("Globex: Nadia Brandt's deputy, Ines, joined the call.", "Ines", True),
        # hard negatives: a colleague of ours, and a first name with nothing placing it on their side
        ("Finjob: Dana Whitlock (CFO) joined; Lena Ostrova, a colleague of mine, took notes.", "Lena", False),
        ("Scottech: Omar Haddad (IT director) said Friday works. Thanks, Tomasz.", "Tomasz", False),
    ],
)
def test_first_name_placed_as_a_colleague(text: str, name: str, expected: bool) -> None:
    assert (name in contact_roles(read_note(text, NOW, ACCOUNTS))) is expected


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Finjob. Spoke to Marta, sorry, Greta Lindqvist, she's their ops manager. Next: send pricing.",
            "Greta Lindqvist",
            "Marta",
        ),
        (
            "Scottech call with Peter, no, wait, Paul Ferreira, he's head of IT. He wants a quote.",
            "Paul Ferreira",
            "Peter",
        ),
        ("Globex: the buyer is Anna, I mean Hanna Voss, procurement lead.", "Hanna Voss", "Anna"),
    ],
)
def test_name_taken_back_in_a_self_correction(text: str, kept: str, dropped: str) -> None:
    people = contact_roles(read_note(text, NOW, ACCOUNTS))
    assert kept in people
    assert dropped not in people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard negatives: a "sorry" or "no" that takes nothing back keeps both people
        (
            "Finjob: Tom Berger (CFO), sorry, Monday is out for him. Ana Ruiz (ops lead) can do Tuesday.",
            {"Tom Berger": "CFO", "Ana Ruiz": "ops lead"},
        ),
        ("Scottech: Omar Haddad (IT director), no budget yet. Next: call him Friday.", {"Omar Haddad": "IT director"}),
    ],
)
def test_apology_without_a_correction_keeps_the_name(text: str, expected: dict[str, str]) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)) == expected


def _step(text: str) -> str:
    return (read_note(text, NOW, ACCOUNTS).next_step or "").lower()


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Lena Ostrova (ourteam): I'll send the order form this afternoon.\nDana Whitlock: Great, thanks. "
            "Send it to me and cc our controller.",
            "order form",
            True,
        ),
        (
            "Call with Finjob. I'll draft the SOW tomorrow. Dana: Sounds good. Please send it straight to legal.",
            "sow",
            True,
        ),
        (
            "Scottech: we'll put together the rollout plan. Omar: Perfect! Please share it with Ines too.",
            "rollout plan",
            True,
        ),
        # hard negative: with no acknowledgment between, the sentence just before is still the one taken
        ("Globex: Nadia wants the security pack. Send it to her by Friday.", "security pack", True),
    ],
)
def test_step_pronoun_named_before_an_acknowledgment(text: str, word: str, expected: bool) -> None:
    assert (word in _step(text)) is expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Lena Ostrova (ourteam): I can run a pilot for her team next month.\nDana Whitlock: Fine. "
            "We'll make the final decision by July.",
            "pilot",
        ),
        (
            "Omar Haddad: I can do the workshop on site if that helps.\nOmar: Either way, we'll decide in two weeks.",
            "workshop",
        ),
        (
            "Globex call. Lena: we can send you the case study today. Nadia: Thanks. I'll take a decision by the 20th.",
            "case study",
        ),
    ],
)
def test_promise_to_decide_is_no_step(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # hard negatives: a real action by the customer is still the step; "can" that offers nothing stays out
        ("Finjob: they'll decide in June. Dana will send the signed NDA tomorrow.", "nda"),
        ("Scottech: I can do nothing more on price. Next step: send the revised quote.", "revised quote"),
        ("Globex: we'll make the decision together on Friday's call, I'll book the call.", "book the call"),
    ],
)
def test_actions_near_a_decision_stay_steps(text: str, word: str) -> None:
    assert word in _step(text)
