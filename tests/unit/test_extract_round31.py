"""Round 31 extract classes: a recorder's transcript (label over the words, or the time before the label) gives a
speaker's own title; the recorder's and meeting tool's words are no people; "X left us in June" is a leaver; a
rival's person in brackets after the rival, and a third firm's person tagged "(title, Firm - our reseller)"; a
vendor said in another account's part of a multi-account log; a person's former employer is no rival; the figure
of the period the note says to log (per year or over the term); a vague date made concrete after "to be
concrete"; "the Friday after the pilot ends" from the pilot's dates; a title after an aside with fillers; the
customer asking for a paper of ours ("I'd like the order form")."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 14)  # a Wednesday
ACCOUNTS = ["Finjob", "Newex", "Sonron", "Globex Corporation", "Kinnamplus"]


def _read(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


# --- a recorder's transcript: the speaker's own title said in their turn ------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Newex check-in - Otter export\n\nLena Ostrova  0:03\nHi there, how did it land?\n\n"
            "Imani Castellanos  0:10\nWell, as logistics director, I think we're nearly there.\n\n"
            "Lena Ostrova  0:25\nGreat.",
            "Imani Castellanos",
            "logistics director",
        ),
        (
            "Teams meeting transcript - Newex\n\nLena Ostrova 9:01 AM\nMorning Piet.\n\nPiet Vermaak 9:02 AM\n"
            "Morning. I'm the head of warehousing, so the rollout sits with me.\n",
            "Piet Vermaak",
            "head of warehousing",
        ),
        (
            "Gong recording - Newex | 12 Jun 2017\n\nLena Ostrova | 00:00:02\nWho's joining?\n\n"
            "Ruth Adebayo | 00:00:06\nJust me. As chief revenue officer I own the budget.",
            "Ruth Adebayo",
            "chief revenue officer",
        ),
        (
            "Zoom transcript - Newex\n00:00:01 Lena Ostrova: Who's on?\n00:00:04 Tariq Haddad: Myself, finance "
            "controller, and a colleague listening in.\n00:00:09 Lena Ostrova: Thanks.",
            "Tariq Haddad",
            "finance controller",
        ),
    ],
)
def test_a_recorder_transcript_gives_the_speakers_own_title(text: str, name: str, role: str) -> None:
    assert contact_roles(_read(text)) == {name: role}


@pytest.mark.parametrize(
    "text",
    [
        # a turn with no title in it: no role
        "Newex call - Otter export\n\nLena Ostrova  0:03\nHi Imani.\n\nImani Castellanos  0:10\n"
        "As I said, we're nearly there, I'm happy with it.",
        # "me" opening a turn that gives no title
        "Zoom transcript - Newex\n00:00:01 Lena Ostrova: Who's on?\n00:00:04 Imani Castellanos: Me, I'm just here "
        "for the numbers today.",
    ],
)
def test_a_turn_without_a_title_gives_none(text: str) -> None:
    assert contact_roles(_read(text)) == {"Imani Castellanos": None}


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft Teams meeting transcript - Newex\n\nImani Castellanos 10:01 AM\nAll good on our side.\n\n"
        "Unknown Speaker 10:02 AM\nNeed the SSO details before we go.",
        "Zoom transcript - Newex\n00:00:04 Imani Castellanos: Me and our analyst, she's listening.\n",
    ],
)
def test_the_recorders_words_are_no_people(text: str) -> None:
    assert set(contact_roles(_read(text))) == {"Imani Castellanos"}


# --- leavers, a rival's person, a third firm's person --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Newex: Marek Zielinski left us in March, so it's Imani Castellanos (COO) now.",
        "Newex call. Marek Zielinski left the company last month; Imani Castellanos (COO) owns it.",
    ],
)
def test_someone_who_left_us_in_a_month_is_no_contact(text: str) -> None:
    assert contact_roles(_read(text)) == {"Imani Castellanos": "COO"}


@pytest.mark.parametrize(
    "text",
    [
        "Newex: Marek Zielinski left us a voicemail, he's keen. Imani Castellanos (COO) signs.",
        "Newex: Marek Zielinski left us in no doubt they want it. Imani Castellanos (COO) signs.",
    ],
)
def test_leaving_something_with_us_is_no_leaving(text: str) -> None:
    assert set(contact_roles(_read(text))) == {"Marek Zielinski", "Imani Castellanos"}


@pytest.mark.parametrize(
    "text",
    [
        "Newex | activity\nContact: Imani Castellanos, COO\nCompetition: Quorvia (Derya Aksoy, their AE, demoed twice)",
        "Newex: Imani Castellanos (COO) likes us, but Lumora (Sipho Dube, regional rep) keeps calling her.",
    ],
)
def test_a_person_in_brackets_after_a_rival_is_the_rivals(text: str) -> None:
    assert contact_roles(_read(text)) == {"Imani Castellanos": "COO"}


def test_a_person_in_brackets_after_the_account_stays_theirs() -> None:
    u = _read("Met Newex (Imani Castellanos, COO) today; Quorvia is the incumbent.")
    assert contact_roles(u) == {"Imani Castellanos": "COO"}


@pytest.mark.parametrize(
    "tag",
    ["Channel Manager, Brightpath Solutions - our reseller", "Solutions Architect, Korvo Technologies, integrator"],
)
def test_a_third_firms_person_tagged_with_their_firm_is_left_out(tag: str) -> None:
    text = f"Attendees: Imani Castellanos (COO, Newex); Ola Berg ({tag}); Lena Ostrova (AE)\nNewex wants 4 seats."
    assert contact_roles(_read(text)) == {"Imani Castellanos": "COO"}


def test_a_customer_tagged_with_the_account_stays() -> None:
    text = "Attendees: Imani Castellanos (COO, Newex); Ola Berg (Head of IT, Newex)\nNewex wants 4 seats."
    assert contact_roles(_read(text)) == {"Imani Castellanos": "COO", "Ola Berg": "Head of IT"}


# --- a vendor in another account's part of the log; a former employer ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "calls: (1) sonron - waiting, still weighing us vs Quorvia. (2) newex, log this one: Imani Castellanos (COO), "
        "newex wants 6 seats, nobody else in the frame.",
        "Two calls.\n- Sonron: nothing new, Lumora still in it.\n- Newex: Imani Castellanos (COO) wants 6 seats, "
        "no competition.",
    ],
)
def test_a_vendor_in_another_accounts_part_is_not_this_deals(text: str) -> None:
    assert _read(text).competitors == []


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        # the vendor said in the logged account's own part
        ("calls: (1) sonron - waiting. (2) newex, log this: newex also has a Quorvia quote.", ["Quorvia"]),
        # a reference account named opening a sentence splits nothing
        ("Newex call. Sonron was a good reference. They still compare us with Lumora.", ["Lumora"]),
    ],
)
def test_vendors_of_the_logged_account_stay(text: str, rivals: list[str]) -> None:
    assert _read(text).competitors == rivals


@pytest.mark.parametrize(
    "text",
    [
        "Newex: Imani Castellanos joined them from Quorvia last year, she says it's only us in the running.",
        "Newex: new COO, Imani Castellanos, used to work at Lumora; no other vendors involved.",
    ],
)
def test_a_persons_former_employer_is_no_rival(text: str) -> None:
    assert _read(text).competitors == []


@pytest.mark.parametrize(
    "text",
    [
        "Newex is moving from Quorvia, contract ends in July.",
        "Newex joined us from Quorvia's platform? no, they're still on Quorvia and comparing.",
    ],
)
def test_the_customer_leaving_a_vendor_keeps_it_a_rival(text: str) -> None:
    assert _read(text).competitors == ["Quorvia"]


# --- which period's figure to log ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Newex approved: $12,000 per year on a 3-year deal, $36,000 over the term. Book the annual value.", 12_000),
        ("Newex: 14,500 a year, 43,500 in total for 3 years. Log the yearly figure, not the total.", 14_500),
        ("Newex signs for 3 years: $9,000 per year, $27,000 over the term. Log the full contract value.", 27_000),
    ],
)
def test_the_figure_of_the_period_the_note_says_to_log(text: str, amount: int) -> None:
    assert _read(text).amount == amount


def test_without_a_choice_of_period_the_usual_ranking_decides() -> None:
    text = "Newex approved: $12,000 per year on a three-year deal, $36,000 over the term."
    assert _read(text).amount == 36_000


# --- a vague date made concrete --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Newex will sign in their fiscal Q3, and to be precise, before the end of October.", date(2017, 10, 31)),
        ("Newex decision in their budget cycle, specifically, by 20 July.", date(2017, 7, 20)),
    ],
)
def test_a_date_made_concrete_wins(text: str, close: date) -> None:
    assert _read(text).close_date == close


def test_a_date_not_restated_stays() -> None:
    assert _read("Newex will sign in Q3, and honestly, the board likes it.").close_date == date(2017, 9, 30)


# --- a day after a dated event ends --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Newex notes\n- Trial runs 19 Jun to 7 Jul.\n- Decision the Monday after the trial ends.", date(2017, 7, 10)),
        (
            "Newex: the evaluation finishes on 23 June. They sign the Friday after the evaluation wraps up.",
            date(2017, 6, 30),
        ),  # fmt: skip
    ],
)
def test_a_weekday_after_a_dated_event(text: str, close: date) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Newex: decision the Monday after the trial ends.",  # the trial is dated nowhere
        "Newex: trial runs 19 Jun to 7 Jul. We'll call them the Monday after the trial ends.",  # a call, no close cue
    ],
)
def test_no_date_without_the_events_dates_or_a_close(text: str) -> None:
    assert _read(text).close_date is None


# --- a title after an aside with fillers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "uh, Newex. Spoke to Imani Castellanos, she came over from retail last year, she's, like, head of ops now.",
            "head of ops",
        ),  # fmt: skip
        (
            "Newex voice note: Ola Berg, who took over in March, he's, like, basically the finance director.",
            "finance director",
        ),  # fmt: skip
    ],
)
def test_a_title_after_an_aside(text: str, role: str) -> None:
    assert list(contact_roles(_read(text)).values()) == [role]


def test_an_aside_then_a_mood_gives_no_title() -> None:
    u = _read("Newex: Imani Castellanos, she joined in May, she's, like, really keen on it.")
    assert contact_roles(u) == {"Imani Castellanos": None}


# --- the customer asking for a paper of ours ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "From: Imani Castellanos <imani@newex.example>\n\nApproved on our side. I'd like the order form for the "
            "annual plan so I can route it.",
            "order form",
        ),  # fmt: skip
        (
            "From: Imani Castellanos <imani@newex.example>\n\nAll good. We would need a countersigned NDA before the "
            "workshop.",
            "nda",
        ),  # fmt: skip
    ],
)
def test_the_customer_asking_for_a_paper_is_the_step(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "From: Imani Castellanos <imani@newex.example>\n\nWe'd like the price lower, honestly.",
        "From: Imani Castellanos <imani@newex.example>\n\nI'd like the rollout to be calm this time.",
    ],
)
def test_a_wish_about_the_deal_is_no_step(text: str) -> None:
    assert _read(text).next_step is None
