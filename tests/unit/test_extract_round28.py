"""Round 28 extract classes: a subtitle export (.srt/.vtt) read without its cue numbers and timings, its capitalised
speaker labels as names and a speaker who is one of our reps making the other the customer; an account named by its
initials or in the note's title line, a new prospect after a "NEW LOGO" tag or in the writer's "I am <title> at
<Firm>"; a stage confirmed in minutes, a figure someone "signed" that is no signed deal; a steps heading alone on
its line, a step asked as "would it be possible to", a form to fill in, "sending it now" and a wanted decision as
no steps; "Which" and a name's particle as no names, "my assistant X", "one of his people, X", our own "VP of Sales,
X", a rival's "X from their side", a reference customer's "their plant manager X"; a body's meeting in a month,
then its day ("their December board, the twelfth")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 10, 24)
ACCOUNTS = ["Finjob", "Globex Corporation", "Sonron", "Newex", "The New York Inquirer", "Vehement Capital Partners"]
SRT = (
    "1\n00:00:01,200 --> 00:00:05,640\nLENA OSTROVA: Hi Ana, thanks for joining.\n\n"
    "2\n00:00:06,010 --> 00:00:11,380\nANA BERG: Tomas Lind, our CFO, will join later.\n\n"
    "3\n00:00:11,900 --> 00:00:15,000\nLENA OSTROVA: What would you need from me this week?\n\n"
    "4\n00:00:15,500 --> 00:00:19,000\nANA BERG: {answer}\n"
)
VTT = (
    "WEBVTT\n\n00:00:00.500 --> 00:00:04.200\n<v Lena Ostrova>Morning. When would you like to decide?\n\n"
    "00:00:04.600 --> 00:00:09.900\n<v Ana Berg>{answer} After that our budget is gone.\n"
)
MAIL = "From: Ana Berg <ana@{domain}.example>\nTo: sales@ourteam.example\nSubject: Enquiry\n\nHello,\n\n{body}\n\nAna"


@pytest.mark.parametrize(
    ("answer", "step_word"),
    [
        ("A sandbox login for my two team leads, please.", "sandbox"),
        ("The security whitepaper, so IT can sign off.", "whitepaper"),
    ],
)
def test_a_subtitle_exports_cue_numbers_are_no_step_and_its_capitalised_labels_are_names(
    answer: str, step_word: str
) -> None:
    u = read_note(SRT.format(answer=answer), NOW, ACCOUNTS)
    assert step_word in (u.next_step or "")
    assert contact_roles(u) == {"Ana Berg": None, "Tomas Lind": "CFO"}
    assert u.account is None  # our rep's label opening the transcript names no account


@pytest.mark.parametrize(("answer", "expected"), [("End of November.", date(2017, 11, 30)), ("Mid-December.", None)])
def test_a_webvtt_answer_to_when_they_decide_is_read_past_the_cue_timing(answer: str, expected: date | None) -> None:
    u = read_note(VTT.format(answer=answer), NOW, ACCOUNTS)
    assert u.close_date == (expected or date(2017, 12, 15))


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("NYI update: call with Harriet Bloom, they want it signed by mid-November.", "The New York Inquirer"),
        ("quick one - VCP wants the revised quote before Friday.", "Vehement Capital Partners"),
        ("Spoke to the CFO about ROI and the IT rollout, no account named here.", None),
        (
            "Call notes - Newex - 15/10\nBea: we loved the visit. Sonron runs ten units; see Sonron for a reference.",
            "Newex",
        ),
        (
            "Meeting recap: Globex Corporation\nThey run the same kit as Sonron; Sonron uses it in two plants.",
            "Globex Corporation",
        ),
        ("log: NEW LOGO (not in crm yet) - Okafor Freight, Abuja. met the owner at the expo.", "Okafor Freight"),
        ("notes: New prospect: Brannock Cold Storage - met at the expo.", "Brannock Cold Storage"),
        (
            MAIL.format(domain="kaplan", body="I am Head of Fleet at Kaplan Haulage in Leeds. We need 30 seats."),
            "Kaplan Haulage",
        ),
        (MAIL.format(domain="x", body="I am setting up a meeting with counsel for Hollis Group. Call me."), None),
        (MAIL.format(domain="x", body="I'm Bureau Chief Tom Reyes filling in for Dana Holt today."), None),
        (MAIL.format(domain="x", body="I'm Deputy Editor Tom Reyes, standing i= n for Dana Holt."), None),
    ],
)
def test_an_account_by_its_initials_its_title_line_a_new_logo_tag_or_the_writers_intro(
    text: str, account: str | None
) -> None:
    assert read_note(text, NOW, ACCOUNTS).account == account


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("MINUTES - Finjob\n4. Status\n- Stage confirmed as Engaging.", "Engaging"),
        ("Finjob review. Status agreed: Prospecting until the budget is in.", "Prospecting"),
        ("Finjob: the stage was confirmed as Engaging by both sides.", "Engaging"),
        ("Finjob: the figure our CFO signed is one point oh five million.", None),
        ("Finjob: the budget their board signed covers forty sites.", None),
        ("Finjob: their CFO signed the contract this morning.", "Won"),
    ],
)
def test_a_stage_confirmed_in_minutes_and_a_signed_figure_that_is_no_signed_deal(text: str, stage: str | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).stage == stage


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Finjob minutes\n1. Scope agreed.\n2. Demo with Stackline booked for Friday.\n"
            "ACTIONS\n- LO to send the floor plans.",
            "floor plans",
        ),
        (
            "Finjob minutes\nDemo with Lumora is booked for Monday.\nAction items:\n- we send the pricing sheet",
            "pricing sheet",
        ),
        ("Finjob minutes\nA review is scheduled next week.\nFollow-ups\n- share the SOC 2 report", "soc 2"),
        (
            MAIL.format(
                domain="finjob",
                body="Our director wants a decision within 30 days. Would it be possible to have a video call?",
            ),
            "video call",
        ),
        (
            MAIL.format(
                domain="finjob", body="Is it possible to get a trial licence? Our CEO wants a decision by May."
            ),
            "trial licence",
        ),
        (
            "[14:10] Ana Berg: can you fill in our vendor registration form? sending it now\n"
            "[14:11] Lena Ostrova: Will do",
            "vendor registration",
        ),
        ("[14:10] Ana Berg: could you complete the supplier form? emailing it across now", "supplier form"),
    ],
)
def test_a_steps_heading_a_step_asked_as_possible_and_a_form_to_fill_in(text: str, word: str) -> None:
    assert word in (read_note(text, NOW, ACCOUNTS).next_step or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        MAIL.format(domain="finjob", body="Our director general wants a decision within 30 days."),
        "[14:10] Ana Berg: the signed form? sending it now",
    ],
)
def test_a_decision_wanted_or_a_thing_sent_this_moment_is_no_next_step(text: str) -> None:
    assert read_note(text, NOW, ACCOUNTS).next_step is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            MAIL.format(domain="finjob", body="Six or eight seats? Which is it, Lena? Regards, Ana Berg (CFO)"),
            {"Ana Berg": "CFO"},
        ),
        (
            MAIL.format(
                domain="finjob", body="I am Directora de Operaciones at Finjob. My assistant Joaquín will book it."
            ),
            {"Ana Berg": None, "Joaquín": "assistant"},
        ),
        (
            MAIL.format(domain="finjob", body="My boss, Rhea Quist, signs. My colleague in finance, Tom Hale, agrees."),
            {"Ana Berg": None, "Rhea Quist": "boss", "Tom Hale": None},
        ),
        (
            "Finjob expo log: met Femi Ade (owner). one of his people, Kelechi, was there too.",
            {"Femi Ade": "owner", "Kelechi": None},
        ),
        (
            "Finjob update: Ana Berg (CFO) is in. our new VP of Sales, Ilona Petrakis, joins the call.",
            {"Ana Berg": "CFO"},
        ),
        (
            MAIL.format(domain="finjob", body="Our VP of Finance, Jane Roe, will sign. Tom Hale is our CTO."),
            {"Ana Berg": None, "Jane Roe": "VP of Finance", "Tom Hale": "CTO"},
        ),
        (
            "Finjob call: Ana Berg (CFO) says they also talk to Quorvia. Ben Cole from their side calls her daily.",
            {"Ana Berg": "CFO"},
        ),
        (
            "Finjob call: Ana Berg (CFO). IT lead Jo Park from their side joins next time.",
            {"Ana Berg": "CFO", "Jo Park": "IT lead"},
        ),
        (
            "Finjob call: Ana Berg (CFO) wants a visit. Sonron runs twelve units; their plant manager Ivan Petrov "
            "hosts.",
            {"Ana Berg": "CFO"},
        ),
    ],
)
def test_contacts_without_question_words_particles_our_staff_rivals_or_references(
    text: str, expected: dict[str, str | None]
) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: the decision is at their December board, the twelfth.", date(2017, 12, 12)),
        ("Finjob: they decide at the November steering committee on the 8th.", date(2017, 11, 8)),
        ("Finjob: sign-off at their January board meeting, the 3rd.", date(2018, 1, 3)),
        ("Finjob: the decision is at their December board.", None),  # no day: the month alone dates no decision
    ],
)
def test_a_bodys_meeting_in_a_month_then_its_day(text: str, expected: date | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).close_date == expected
