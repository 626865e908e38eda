"""Round 29 extract classes: a step tagged after it is said ("..., that's the next hurdle", "so that's my job"), what
the customer needs from us said as a thing, a paper of ours announced as coming, and "nothing further to do" over a
meeting named in the mail below; a date given as the limit ("end of Q1 latest"), an approval got "through" by a
date, a win's paper "dated 17/10"; a price said in pairs ("fifty-four eighty-two"), a unit price whose count is said
apart, a percentage off applied, a corrected figure said without its scale; a new logo tagged with a comma clause, an
account named only to say nothing is new; WebVTT voice tags as speakers, a call of one rep and several customer
speakers, and a first name we chase."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract.numbers import find_money
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 14)  # a Wednesday
ACCOUNTS = ["Finjob", "Newex", "Sonron", "Globex Corporation"]


def _step(text: str) -> str:
    return (read_note(text, NOW, ACCOUNTS).next_step or "").lower()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob: legal wants to walk through the DPA with us on Monday, that's the next hurdle.", "dpa"),
        ("Newex. Their COO is after a payback model before budget review, so that's my job for tomorrow.", "payback"),
        ("Sonron call. IT has to see a pen-test summary from us first, that one's on me.", "pen-test"),
    ],
)
def test_a_step_tagged_after_it_is_said_is_the_next_step(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: the renewal is the big one, that's my job title's whole point really.",
        "Newex: decision in Q3, and that's the next quarter for them anyway.",
    ],
)
def test_a_title_or_a_period_tagged_as_next_is_no_step(text: str) -> None:
    assert _step(text) == ""


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob voice memo. All he needs from us is a certificate of insurance for their vendor file.", "insurance"),
        ("Newex: spoke to Omar. The one thing they require from our side is a signed NDA.", "nda"),
    ],
)
def test_what_the_customer_needs_from_us_said_as_a_thing_is_the_step(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: what she needs is more headcount, nothing we can help with.",
        "Newex: all they need is time to think.",
    ],
)
def test_what_they_need_for_themselves_is_no_step(text: str) -> None:
    assert _step(text) == ""


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chat, Finjob\nTina 09:12: ok, the 15% works for us\nLena 09:14: Updated proposal to follow", "proposal"),
        ("Newex sms\nLena, 14 Jun 11:02: great talking. Formal quote tomorrow", "quote"),
    ],
)
def test_a_paper_of_ours_announced_as_coming_is_the_step(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: their quote came today from another vendor.",
        "Newex: Stackline's proposal today was 20k cheaper, they said.",
    ],
)
def test_a_paper_arriving_from_elsewhere_is_no_step(text: str) -> None:
    assert _step(text) == ""


FORWARD = (
    "Marking this Lost. {note}\n\n-----Original Message-----\nFrom: Ada Crane <ada@finjob.example>\n"
    "Subject: Outcome\n\nHi Lena, our review panel met on Monday 12 June and picked Lumora. Thanks for your time.\n"
)


@pytest.mark.parametrize("note", ["Nothing further to do on my side.", "Nothing more for us to do here."])
def test_nothing_further_to_do_leaves_no_step_over_a_meeting_in_the_mail(note: str) -> None:
    assert read_note(FORWARD.format(note=note), NOW, ACCOUNTS).next_step is None


@pytest.mark.parametrize(
    "note", ["Nothing further to do on the DPA; demo for their ops team booked next Tuesday.", "Sad one."]
)
def test_nothing_done_on_one_thing_or_silence_keeps_a_booked_meeting(note: str) -> None:
    text = "Finjob: " + note + " Their review call is scheduled for next Tuesday."
    assert read_note(text, NOW, ACCOUNTS).next_step is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: not urgent for them, end of September latest.", date(2017, 9, 30)),
        ("Newex - Omar thinks they can get it through by the 28th.", date(2017, 6, 28)),
        ("Sonron: she'll push the order through before end of next month.", date(2017, 7, 31)),
    ],
)
def test_a_date_said_as_the_limit_or_the_approval_got_through_is_the_close(text: str, expected: date) -> None:
    assert read_note(text, NOW, ACCOUNTS).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: they sent the latest figures on the 28th for the pilot review.",
        "Newex: I'll get it through to their IT team by the 28th so they can test.",
        "Sonron: I need the usage numbers from you by this afternoon or tomorrow at the latest.",
    ],
)
def test_the_latest_of_something_or_a_hand_over_to_a_team_is_no_close(text: str) -> None:
    assert read_note(text, NOW, ACCOUNTS).close_date is None


def test_a_won_deals_paper_dated_day_then_month_gives_the_win_date() -> None:
    text = "log: finjob WON. signed order form returned dated 13/06 by their CFO. stage Won."
    u = read_note(text, NOW, ACCOUNTS)
    assert (u.stage, u.close_date) == ("Won", date(2017, 6, 13))


def test_an_open_deals_paper_dated_is_no_close() -> None:
    assert read_note("Finjob: their RFP pack dated 02/06 arrived, reading it now.", NOW, ACCOUNTS).close_date is None


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("fifty-four eighty-two a seat", [5_482]),
        ("thirty-six fifteen per user", [3_615]),
        ("twenty-seven four ten in all", [27_410]),  # thousands then hundreds, as before
        ("twenty-four one oh five", [24_105]),
    ],
)
def test_a_price_said_in_pairs_is_four_digits(text: str, values: list[int]) -> None:
    assert [m.value for m in find_money(text)] == values


def _amount(text: str) -> float | None:
    return read_note(text, NOW, ACCOUNTS).amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Finjob confirmed 12 GTX Pro licences. Our price is $900 per licence and they're fine with it.", 10_800),
        ("Newex call\nLena: How many users?\nOmar: Seven.\nOmar: At your 1,150 each, that works.", 8_050),
        ("Sonron wants 20 seats. List is $300 per seat, and with the 5% loyalty discount they'll sign.", 5_700),
        ("Finjob: 15% off the 40,000 list price is fine with them.", 34_000),
        ("Newex: we agreed 27,410 less 20%, paperwork next.", 21_928),
    ],
)
def test_a_total_implied_by_a_count_a_unit_price_and_a_discount(text: str, amount: int) -> None:
    assert _amount(text) == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Finjob has 200 employees. Price is $40 per user per month.", None),  # a monthly price
        ("Newex: 10 seats. Stackline charges $500 per seat.", None),  # a rival's
        ("Sonron wants 20 seats at 9k all in. They asked for 10% off but I said no.", 9_000),  # a discount only asked
        ("Finjob: Lumora offered 20% off their 30,000 list. We're at 26k.", 26_000),
        ("Sonron wants 20 seats. Our price is $300 per seat. Stackline knocked 10% off theirs.", 6_000),
    ],
)
def test_no_total_is_implied_from_a_monthly_or_rival_price_or_an_asked_discount(text: str, amount: int | None) -> None:
    assert _amount(text) == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Finjob voice note. She said eighteen k... sorry, that was the old scope, it's twenty-one now.", 21_000),
        ("Newex: number is 30k, no wait, they dropped a site, so twenty-six and a half.", 26_500),
        ("Sonron: eleven k, actually no, they want the extra module, so thirteen five.", 13_500),
    ],
)
def test_a_corrected_figure_said_without_its_scale_takes_the_scale_corrected(text: str, amount: int) -> None:
    assert _amount(text) == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Finjob: 30k, no wait, 15 seats for the pilot, the rest later.", 30_000),  # a count, not money
        ("Newex: 40k. Sorry, 2 more things: legal and the DPA.", 40_000),
        ("Sonron: 20k, sorry, five six seats maybe, we'll see.", 20_000),  # a count said loosely
    ],
)
def test_a_count_after_a_correction_is_no_corrected_figure(text: str, amount: int) -> None:
    assert _amount(text) == amount


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("log: new logo, not in CRM - Harbourline Marine (Picton). met Ana Ruiz, ops lead.", "Harbourline Marine"),
        ("notes: new prospect, walk-in - Tarsier Labs. keen on GTX Basic.", "Tarsier Labs"),
    ],
)
def test_a_new_logo_tagged_with_a_comma_clause_names_the_account(text: str, account: str) -> None:
    assert read_note(text, NOW, ACCOUNTS).account == account


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("log: Newex first, nothing new there. then Finjob: Omar wants 3 seats, sign EOM.", "Finjob"),
        ("update - no news from Sonron this week. Globex Corporation asked for the SOW.", "Globex Corporation"),
        # near misses: news on the first one, or the quiet one named alone
        ("log: Newex first, Omar wants 3 seats. then Finjob, nothing new there.", "Newex"),
        ("log: Finjob - nothing new, still waiting on their PO.", "Finjob"),
    ],
)
def test_an_account_named_only_to_say_nothing_is_new_gives_way(text: str, account: str) -> None:
    assert read_note(text, NOW, ACCOUNTS).account == account


VTT = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Lena Ostrova>Hi both. Is Tomas joining?\n\n"
    "00:00:04.500 --> 00:00:09.000\n<v Ines Duarte>Yes. Tomas Berg, our {their}. And I'm {mine}, by the way.\n\n"
    "00:00:09.500 --> 00:00:12.000\n<v Tomas Berg>Morning. We need the SSO guide first.\n"
)


@pytest.mark.parametrize(
    ("their", "mine"), [("data lead", "the finance director"), ("security architect", "head of procurement")]
)
def test_webvtt_speakers_and_their_titles_are_the_customers(their: str, mine: str) -> None:
    u = read_note(VTT.format(their=their, mine=mine), NOW, ACCOUNTS)
    assert contact_roles(u) == {"Ines Duarte": mine.removeprefix("the "), "Tomas Berg": their}
    assert u.account is None  # our rep's label opening the call names no account


def test_our_on_the_line_of_a_speaker_who_sells_is_ours() -> None:
    text = (
        "Lena Ostrova: Hi Ines. Raj joins from our side.\n"
        "Raj Menon: Hi, I'm the solutions engineer on this. Ken Ito, our architect, may dial in too.\n"
        "Ines Duarte: Great. I run finance here.\n"
    )
    roles = contact_roles(read_note("Finjob call\n" + text, NOW, ACCOUNTS))
    assert "Ken Ito" not in roles and "Ines Duarte" in roles  # the seller's "our architect" is ours


@pytest.mark.parametrize(
    "text",
    [
        "log: finjob - chased Priya again re the pilot data, nothing back.",
        "log: newex - nudged Idris about the PO, no reply yet. NS: call next week",
        "log: sonron - chased Beatriz's assistant for a slot, still nothing.",
    ],
)
def test_a_first_name_we_chase_is_the_customers_contact(text: str) -> None:
    assert len(read_note(text, NOW, ACCOUNTS).contacts) == 1


@pytest.mark.parametrize(
    "text",
    [
        "log: finjob - chased Sofia's invoice with their AP team.",
        "log: newex - send the deck to Raj. He's our solutions engineer.",
    ],
)
def test_a_thing_chased_or_a_colleague_sent_to_is_no_contact(text: str) -> None:
    assert read_note(text, NOW, ACCOUNTS).contacts == []
