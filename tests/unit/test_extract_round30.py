"""Round 30 extract classes: a forward whose cover note states nothing passes the forwarded mail on as the news
(only its own quote is history); a minutes' "Actions." heading closed by a full stop; a customer's ask of us before
their own promise; a promise about "it" after the thing is named; a step under way with its time, and a meeting
someone agreed to; a conjunction opening a clause is no name's first word; an office "closed from X to Y" and a
contract wanted "in place by" a date; a heading giving the outcome after "=" or a mark; a signer with a title in
brackets; "last Thursday" for a win; a date taken back ("I know I said ..., but") and a date to put down; a loss
by the customer staying with the incumbent."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 14)  # a Wednesday
ACCOUNTS = ["Finjob", "Newex", "Sonron", "Globex Corporation"]


def _read(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


def _step(text: str) -> str:
    return (_read(text).next_step or "").lower()


# --- a forward with a bare cover note: the forwarded mail is the news, its own quote the history ---------------
_FORWARD = (
    "{cover}\n\n---------- Forwarded message ---------\nFrom: Tomas Ruiz <t.ruiz@newex.example>\n"
    "Subject: RE: licences\n\nHi, {news}\n\nTomas\n\n> On Mon, 5 Jun 2017, Lena Ostrova wrote:\n> {old}"
)


@pytest.mark.parametrize(
    ("cover", "news", "old", "amount"),
    [
        ("fyi, Newex replied, see below.", "we can only fund 4 seats now, that's $19,284.", "5 seats: $24,105", 19_284),
        ("Passing this on - thoughts?", "please quote 3 seats instead, 14,463 by my maths.", "5 seats: 24,105", 14_463),
        # the cover note states a figure of its own: it supersedes the forward
        ("Newex: now 12,000 after the call.", "we'd like it at 15,000.", "Quote: 18,000.", 12_000),
    ],
)
def test_forward_with_bare_cover_note_is_the_news(cover: str, news: str, old: str, amount: int) -> None:
    assert _read(_FORWARD.format(cover=cover, news=news, old=old)).amount == amount


def test_forwarded_date_beats_its_own_quote() -> None:
    text = _FORWARD.format(
        cover="fyi see below",
        news="mid-July is off, our controller wants it signed before the fiscal year closes at the end of September.",
        old="Happy to hold the price if you sign by mid-July.",
    )
    assert _read(text).close_date == date(2017, 9, 30)


def test_a_reply_quote_stays_history() -> None:
    text = "Hi, we can do 9,000 now.\n\n> On Mon, 5 Jun 2017, Lena Ostrova wrote:\n> The quote is 12,000."
    assert _read("Newex: " + text).amount == 9_000


# --- a minutes' "Actions." heading, closed by a full stop --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Newex steering call. 3. Budget. Agreed. 4. Actions. Lena to send the retention policy by Friday.",
            "retention",
        ),
        ("Sonron sync\nStatus. Waiting on legal.\nAction items. We book the pilot kickoff with IT.", "pilot"),
    ],
)
def test_actions_heading_with_full_stop(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    "text",
    [
        "Newex call. They liked the actions we took on support. Nothing else.",
        "Sonron: the CFO said actions speak louder than words.",
    ],
)
def test_actions_in_prose_are_no_heading(text: str) -> None:
    assert _step(text) == ""


# --- a customer's mail: their ask of us outranks their own promise after it ----------------------------------------
_MAIL = "From: Tomas Ruiz <{addr}>\nTo: Lena Ostrova <lena@ourteam.example>\nSubject: RE: order\n\nHi Lena,\n\n{body}"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("All approved here. Can you send over the final SOW? I will get our PO raised by Thursday.", "sow"),
        ("Please share the W-9 form with me. We'll set up your vendor record once it arrives.", "w-9"),
    ],
)
def test_customer_ask_before_own_promise(body: str, word: str) -> None:
    assert word in _step(_MAIL.format(addr="t.ruiz@newex.example", body=body))


def test_our_own_mail_keeps_the_promise() -> None:
    body = "Can you send over the final SOW? I will get our PO raised by Thursday."
    assert "po raised" in _step(_MAIL.format(addr="lena@ourteam.example", body=body))


def test_customer_promise_without_an_ask_stays() -> None:
    body = "Thanks for the call. I will present the proposal to our board on Thursday."
    assert "board" in _step(_MAIL.format(addr="t.ruiz@newex.example", body=body))


# --- a promise about "it", the thing named just before -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Newex: Tomas asked for the revised order form. I'll route it through our deal desk tomorrow.", "order form"),
        ("Sonron: their legal team wants the redlined MSA. We will walk it over to them on Monday.", "msa"),
    ],
)
def test_promise_about_a_thing_named_before(text: str, word: str) -> None:
    assert word in _step(text)


# --- a step under way with its time; a meeting agreed to -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Newex: CFO still wavering on timing. I'm chasing their procurement team tomorrow", "procurement"),
        ("Sonron chat: we're drafting the security addendum this afternoon, should be fine", "addendum"),
        ("Finjob: Tomas wants to hear from a user, and Priya at Sonron has agreed to a reference call.", "reference"),
        ("Newex: their architect is happy to join a demo with our solutions team.", "demo"),
    ],
)
def test_step_in_hand(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    "text",
    [
        "Newex: I'm preparing for my leave tomorrow, Omar covers.",
        "Sonron: I'm working from home today. They are happy with the price.",
        "Finjob: their CFO is happy to wait until Q3, nothing else.",
    ],
)
def test_no_step_in_hand(text: str) -> None:
    assert _step(text) == ""


# --- a conjunction opening a clause is no name's first word -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Newex. Priya Nair (CFO) is keen. Once Priya's seen the numbers she'll decide.",
        "Newex. Priya Nair (CFO) is keen. Unless Priya objects, we go ahead.",
    ],
)
def test_conjunction_is_no_first_name(text: str) -> None:
    assert contact_roles(_read(text)) == {"Priya Nair": "CFO"}


def test_a_name_after_a_comma_is_still_found() -> None:
    assert "Omar Haddad" in contact_roles(_read("Newex: call with Omar Haddad (IT lead), then lunch."))


# --- an office closed for a while is no close; a contract wanted in place by a date is ----------------------------
@pytest.mark.parametrize(
    ("text", "close"),
    [
        (
            "Newex: Tomas wants to sign well before the holidays, on the 19th if we can. "
            "Our plant is closed from 26 June to 3 July.",
            date(2017, 6, 19),
        ),
        (
            "Sonron: they aim to sign before their summer break, realistically the 27th. "
            "Our site will be closed from 28 June until 5 July.",
            date(2017, 6, 27),
        ),
        ("Newex: Tomas wants the contract in place by the end of August.", date(2017, 8, 31)),
        ("Sonron: the agreement must be in place before 30 September, their CFO says.", date(2017, 9, 30)),
        ("Finjob: they close on 21 July.", date(2017, 7, 21)),  # the deal closing, unchanged
    ],
)
def test_closed_away_and_in_place(text: str, close: date) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Newex: their current contract in place until 31 March with Quorvia, no talk of timing yet.",
        "Sonron: office closed from 1 July to 9 July, I'll call after.",
    ],
)
def test_no_close_from_closures_or_old_contracts(text: str) -> None:
    assert _read(text).close_date is None


# --- a heading giving the outcome; a signer with a title in brackets; "last Thursday" for a win ---------------------
@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("log: newex = WON. 4 seats, 9k.", "Won"),
        ("update: Sonron ❌ lost, budget pulled.", "Lost"),
        ("Finjob ✅ Won - contract back this morning.", "Won"),
        ("Newex: Priya Nair (procurement lead) signed the order form on Monday.", "Won"),
        ("Newex: Omar Haddad (head of IT) countersigned yesterday.", "Won"),
    ],
)
def test_outcome_stated(text: str, stage: str) -> None:
    assert _read(text).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        "log: newex = won't sign before Q3.",
        "notes: sonron ✅ lost the champion but still keen.",
        "Newex: Agreement Form (white) signed by the board members last year was the old one.",
        "Newex: Priya Nair (procurement lead) signed off on the budget.",
    ],
)
def test_no_outcome_stated(text: str) -> None:
    assert _read(text).stage is None


def test_last_weekday_dates_a_win() -> None:
    monday = date(2017, 6, 12)
    assert _read("Newex WON. Priya signed last Thursday, logging late.", monday).close_date == date(2017, 6, 8)
    lost = _read("Sonron: lost. They told us last Friday they went with Quorvia.", monday)
    assert lost.close_date == date(2017, 6, 9)


def test_last_weekday_is_no_open_deals_close() -> None:
    assert _read("Newex: we talked last Thursday about when they sign.", date(2017, 6, 12)).close_date is None


# --- a date taken back, a date to put down -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "close"),
    [
        (
            "Tomas: I know I said end of July, but finance signs off in the second week of next month, "
            "so put the 10th of August.",
            date(2017, 8, 10),
        ),
        (
            "Newex: we had said the decision would be mid-July, but the board moved, so put the 20th of September.",
            date(2017, 9, 20),
        ),
        ("Sonron: signature due end of June, just log it as 28 June.", date(2017, 6, 28)),
    ],
)
def test_date_taken_back_or_to_record(text: str, close: date) -> None:
    assert _read(text).close_date == close


def test_a_date_said_before_without_but_stays() -> None:
    assert _read("Newex: as I said end of July, they sign then.").close_date == date(2017, 7, 31)


# --- a loss by keeping the incumbent, dated in the same sentence ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "log: newex = LOST. Tomas rang today: they're sticking with Quorvia for two more years.",
        "Sonron - lost. Their COO emailed today, they renewed with NorthPeak.",
    ],
)
def test_loss_by_staying_is_dated(text: str) -> None:
    update = _read(text)
    assert (update.stage, update.close_date) == ("Lost", NOW)
