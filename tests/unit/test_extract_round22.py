"""Round 22 extract classes: a greeting or a preposition opening a sentence before a name ("Morning Solveig",
"With Mercy Asante"), a role after a dash closing a terse note's " / " field, a role given after a "who" clause,
a step opened by a bare "Next I'm ...", our promise reported ("I said I'd send him ..."), a customer wanting one of
theirs given something ("I'd like our analyst to have a sandbox login"), a plan that is only a deadline ("my plan is
to get sign-off"), and a step's "it" whose antecedent points back once more ("If you can send that")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 1)  # a Thursday
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


def _people(text: str) -> dict[str, str | None]:
    return contact_roles(read_note(text, NOW, ACCOUNTS))


def _step(text: str) -> str:
    return (read_note(text, NOW, ACCOUNTS).next_step or "").lower()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finjob call.\nDana Whitlock (CFO, Finjob): Hi, it's Dana.\nLena Ostrova: Afternoon Dana, thanks for "
            "calling.\nDana Whitlock: We're still keen.",
            {"Dana Whitlock": "CFO"},
        ),
        (
            "Scottech: Hey Omar, as discussed. Omar Haddad (IT director) wants the quote.",
            {"Omar Haddad": "IT director"},
        ),
        (
            "Globex Corporation notes. From Nadia Brandt (procurement lead): budget is fine.",
            {"Nadia Brandt": "procurement lead"},
        ),
        (
            "Finjob workshop. For Tomasz Wolny (head of finance) the timing matters most.",
            {"Tomasz Wolny": "head of finance"},
        ),
        # hard negatives: a name that only looks like one of these words stays whole; a plain name is kept
        ("Scottech: met Toby Morning (CTO) and Ana Ruiz.", {"Toby Morning": "CTO", "Ana Ruiz": None}),
        ("Finjob: Per Andersson (CFO) signed off the budget.", {"Per Andersson": "CFO"}),
    ],
)
def test_greeting_or_preposition_before_a_name(text: str, expected: dict[str, str | None]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Finjob / GTX Pro x10 / $40k / Dana Whitlock - finance mgr / NS: send quote", "Dana Whitlock", "finance mgr"),
        ("Scottech / Omar Haddad - IT director / comp: Quorvia / next: demo Fri", "Omar Haddad", "IT director"),
        (
            "Globex Corporation / contact: Ines Vidal - head of purchasing / close EOQ",
            "Ines Vidal",
            "head of purchasing",
        ),
        # hard negatives: no title's word after the dash; a slash inside the title keeps it whole
        ("Finjob / Dana Whitlock - call tomorrow / NS: send quote", "Dana Whitlock", None),
        ("Scottech / Omar Haddad - IT/ops manager\nNS: demo", "Omar Haddad", "IT/ops manager"),
    ],
)
def test_dash_role_closing_a_slash_field(text: str, name: str, role: str | None) -> None:
    assert _people(text).get(name, "missing") == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Finjob visit: Dana Whitlock, who looks after the stores, regional manager I believe.",
            "Dana Whitlock",
            "regional manager",
        ),
        (
            "Scottech: spoke with Omar Haddad, who owns the data platform, the head of analytics.",
            "Omar Haddad",
            "head of analytics",
        ),
        (
            "Globex Corporation: Ines Vidal, who signs the cheques, finance director as far as I know.",
            "Ines Vidal",
            "finance director",
        ),
        # hard negatives: what follows the clause is no title
        ("Finjob: Dana Whitlock, who runs the stores, wants a demo next week.", "Dana Whitlock", None),
        ("Scottech: Omar Haddad, who joined in May, and Ana Ruiz (CFO) were there.", "Omar Haddad", None),
    ],
)
def test_role_after_a_who_clause(text: str, name: str, role: str | None) -> None:
    assert _people(text).get(name, "missing") == role


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob update. Dana approved the budget. Next I'm booking the kickoff with her team.", "kickoff"),
        ("Scottech: Omar is happy with the pilot. Next we'll draft the order form.", "order form"),
        ("Globex Corporation call went fine. Next, I need to chase legal about the DPA.", "dpa"),
    ],
)
def test_next_opening_a_sentence(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: "next" as part of a time, no step
        "Finjob: quiet week. Next year they might look again.",
        "Scottech: Omar is out. Next item on his list is the audit, not us.",
    ],
)
def test_next_as_a_time_is_no_step(text: str) -> None:
    assert _step(text) == ""


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob: met Dana at the expo. I told her I'd email the ROI calculator.", "roi calculator"),
        ("Scottech: Omar liked it. We said we'd set up a technical deep dive with his team.", "deep dive"),
        ("Globex Corporation: Nadia asked about security. I offered to send the SOC 2 report.", "soc 2"),
        # hard negative: said with no action of ours
        ("Finjob: Dana liked the demo. I said I'd be surprised if they moved before Q4.", ""),
    ],
)
def test_our_promise_reported(text: str, word: str) -> None:
    step = _step(text)
    assert (word in step) if word else step == ""


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob: Dana wrote back. She'd like her controller, Ben Ode, to get access to the trial.", "trial"),
        ("Scottech email: We would like our IT team to test the SSO setup before we commit.", "sso"),
        ("Globex Corporation: Nadia would like the ops leads to see the dashboard in a sandbox.", "sandbox"),
        # hard negative: a liking, nobody given anything
        ("Finjob: Dana said she'd like the product. No budget this year.", ""),
    ],
)
def test_customer_wants_one_of_theirs_given_something(text: str, word: str) -> None:
    step = _step(text)
    assert (word in step) if word else step == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: my plan is to get sign-off by the end of June.", ""),
        ("Scottech: Omar says his plan is to have it signed before the board meets.", ""),
        # hard negatives: a plan that is an action stays a step
        ("Globex Corporation: plan is to send the revised quote on Monday.", "revised quote"),
        ("Finjob: our plan is to run a pilot in two stores.", "pilot"),
    ],
)
def test_plan_that_is_only_a_deadline(text: str, expected: str) -> None:
    step = _step(text)
    assert (expected in step) if expected else step == ""


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Dana Whitlock: What would help is a reference call. If you can share that with us, I'll bring our CFO.\n"
            "Lena Ostrova: I'll get it arranged this week.",
            "reference call",
        ),
        (
            "Omar Haddad: A migration plan for the two sites. Could you send that over and I'll share it with IT?\n"
            "Lena Ostrova: I'll have it to you Friday.",
            "migration plan",
        ),
        # hard negative: the sentence just before names the thing itself, so it alone is taken
        ("Finjob: Dana wants the security pack. I'll send it to her by Friday.", "security pack"),
    ],
)
def test_pronoun_antecedent_pointing_back_again(text: str, word: str) -> None:
    assert word in _step(text)
