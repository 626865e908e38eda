"""Round 32 extract classes: "the day before yesterday" for a win's date; a handover's "todo for you:"; "could you
help me with a business case" as an ask of us; the writer wanting a meeting ("I'd like a short feedback call"); a
chat line with its time before the speaker; a stage the writer says to keep with no "in"/"at"; a paper sent "for
signature" dates our sending, and "paper back by the 20th" is the close; a question about signing answered by a
bare date one sentence later; "their budget refresh" as when they buy; "before our quarter closes"; "Grand total"
is no thousand; a price with and without tax gives the pre-tax one; a model number ("GTK 500 units") is no count,
and a price per unit with the count said unknown is no deal value."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate
from memory.extract.numbers import find_money
from tests.unit.extract_notes import read_note

NOW = date(2017, 6, 14)  # a Wednesday
ACCOUNTS = ["Finjob", "Newex", "Sonron", "Globex Corporation", "Kinnamplus"]


def _read(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


# --- "the day before yesterday": two days back for a win or a loss ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob signed the day before yesterday, 12 GTX Pro seats for $14,400. Won!", date(2017, 6, 12)),
        ("Newex: Lost. They went with Stackline the day before yesterday.", date(2017, 6, 12)),
        ("Finjob signed yesterday, 12 GTX Pro seats for $14,400. Won!", date(2017, 6, 13)),  # one day, as before
    ],
)
def test_day_before_yesterday_is_two_days_back(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


def test_day_before_yesterday_on_an_open_deal_is_no_close_date() -> None:
    assert _read("Finjob: met Ana the day before yesterday, she liked the demo. Sending the deck.").close_date is None


# --- a handover's to-do addressed to the colleague taking over ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob cover notes while I'm away. Todo for you: chase the signed DPA from Kim.", "DPA"),
        ("Newex handover. Their CFO is on board. Action for you: book the onboarding workshop.", "onboarding"),
    ],
)
def test_todo_for_you_is_the_next_step(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word.lower() in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: they said there is nothing for you to do yet. No next steps.",
        "Newex: the to do list for you is empty. No next step agreed.",
    ],
)
def test_for_you_without_a_label_is_no_step(text: str) -> None:
    assert _read(text).next_step is None


# --- an ask of us phrased as help: "could you help me with a business case" ---------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We need to present this to the board in July. Could you help me with an ROI summary for it?", "ROI"),
        ("I need to write the budget memo next week. Can you help us with a one-page comparison?", "comparison"),
    ],
)
def test_help_me_with_is_an_ask(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word.lower() in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: the rollout went well, your team could help me with nothing more. Thanks!",
        "Newex: thanks, you helped us with the import already. All set.",
    ],
)
def test_help_without_an_ask_is_no_step(text: str) -> None:
    assert _read(text).next_step is None


# --- the writer wanting a meeting: "I'd like a short feedback call with him" --------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Newex is Lost, they went with Quorvia. I'd like a quick debrief with Ana next month.", "debrief"),
        ("Finjob went quiet after pricing. We'd like a short catch-up call with the CFO in July.", "catch-up"),
    ],
)
def test_wanting_a_meeting_is_the_next_step(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word.lower() in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: they said we'd like a call centre module in the product. Nice idea, nothing to do.",
        "Newex: Ana told me the demo was fine. No next steps.",
    ],
)
def test_a_wished_feature_is_no_meeting(text: str) -> None:
    assert _read(text).next_step is None


# --- a chat line with its time first: "[14:02] Mia Tran: sending the quote today" ---------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("[14:01] Lee Park: Finjob status?\n[14:03] Mia Tran: booking the security review with their IT", "security"),
        ("[09:10] Ana Ruiz: Newex?\n[09:12] Tom Bell: sending the revised order form this afternoon", "order form"),
    ],
)
def test_chat_line_time_first_imperative(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word.lower() in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        "[14:01] Lee Park: Finjob status?\n[14:03] Mia Tran: sending this from my phone, all quiet there",
        "[09:10] Ana Ruiz: Newex?\n[09:12] Tom Bell: nothing new, no next step yet",
    ],
)
def test_chat_line_time_first_without_a_step(text: str) -> None:
    assert _read(text).next_step is None


# --- a stage the writer says to keep, with no "in"/"at" ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Finjob: verbal yes from the CFO, but nothing is signed, so leave it Engaging.", "Engaging"),
        ("Newex: too early to tell, keep this one Prospecting.", "Prospecting"),
        ("Newex: too early to tell, keep it prospecting for now.", "Prospecting"),
    ],
)
def test_kept_stage_without_a_preposition(text: str, stage: str) -> None:
    assert _read(text).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: the demo was long, keep it engaging next time, they got bored.",
        "Newex: keep the workshop engaging, short slides. Demo on Friday.",
    ],
)
def test_keep_it_engaging_said_of_a_meeting_is_no_stage(text: str) -> None:
    assert _read(text).stage is None


# --- a paper sent "for signature" dates our sending; "paper back by" dates the close ------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: CFO agreed. I'm emailing the order form for signature today, contract back by the 28th.",
         date(2017, 6, 28)),
        ("Newex: sending the agreement for their signature tomorrow. Paperwork back signed before 7 July.",
         date(2017, 7, 7)),
    ],
)  # fmt: skip
def test_paper_back_by_is_the_close_not_the_sending(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: sending the contract for signature today. They sign by 30 June.", date(2017, 6, 30)),
        ("Newex: they plan to sign on 21 June, the signature is with their CFO.", date(2017, 6, 21)),
    ],
)
def test_signing_dates_still_count(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


def test_sent_for_signature_alone_gives_no_close() -> None:
    assert _read("Finjob: I'm forwarding the order form for signature tomorrow.").close_date is None


# --- a question about signing answered by a bare date after a reason ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Me: when can you sign?\nAna (Finjob): Not this month, our CFO is away. End of July.", date(2017, 7, 31)),
        ("Timing? She could not say right away, legal is swamped. Probably mid-August.", date(2017, 8, 15)),
    ],
)
def test_answer_carried_to_a_bare_date(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Me: when do you sign?\nAna (Finjob): No idea yet, legal is swamped. I will send the deck next Tuesday.",
        "Timing? She could not say, legal is swamped. Then we talked about the weather on Friday for a while.",
    ],
)
def test_a_later_step_is_no_carried_answer(text: str) -> None:
    assert _read(text).close_date is None


# --- their budget refresh is when they buy -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob likes it at 12k. Not now, next quarter once the budget refresh lands.", date(2017, 9, 30)),
        ("Newex: she'll buy after the budget reset in Q4.", date(2017, 12, 31)),
    ],
)
def test_budget_refresh_gives_the_close(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: their budget refresh happened in March; demo next Tuesday.",
        "Newex: the budget cycle was tough last year. Call on Friday.",
    ],
)
def test_a_past_budget_refresh_is_no_close(text: str) -> None:
    assert _read(text).close_date is None


# --- "before our quarter closes" is the end of the current quarter -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Finjob wants to sign before our quarter closes, money goes back otherwise.",
        "Newex: they must sign before their quarter ends.",
    ],
)
def test_before_our_quarter_closes(text: str) -> None:
    assert _read(text).close_date == date(2017, 6, 30)


def test_quarter_closes_said_of_another_time_is_not_eoq() -> None:
    assert _read("Finjob: our quarter closed well. Demo next Tuesday.").close_date is None


# --- "grand" is a thousand only after a count ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [("about thirty grand", 30000), ("a grand a month", 1000)])
def test_grand_after_a_count_is_thousands(text: str, value: int) -> None:
    assert [m.value for m in find_money(text)] == [value]


@pytest.mark.parametrize("text", ["Grand total below.", "That would be grand, thanks."])
def test_grand_alone_is_no_money(text: str) -> None:
    assert find_money(text) == []


# --- a price with and without tax: the figure before tax -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Finjob: the grand total is $32,400 incl. 8% sales tax, that is $30,000 before tax. Fine for them.", 30000),
        ("Newex confirmed: 11,900 gross, 10,000 net of VAT. Sending the PO form.", 10000),
        ("Finjob: $18,000 pre-tax ($19,440 with tax). CFO approved.", 18000),
    ],
)
def test_net_of_tax_wins(text: str, amount: int) -> None:
    assert _read(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Finjob: quote is $32,400 incl. tax. Payment terms net 30.", 32400),
        ("Newex: $10,000 net, the rest of the quote is fine.", 10000),
    ],
)
def test_tax_words_without_a_pair_keep_the_figure(text: str, amount: int) -> None:
    assert _read(text).amount == amount


# --- a model number is no count; a price per unit with the count unknown is no deal value --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Newex is thinking about a few GTK 500 units, how many is not clear yet. List price is $26,768 per unit.",
        "Finjob: no idea yet how many seats they need. Our price is $45 per seat.",
    ],
)
def test_unit_price_with_the_count_unknown_is_no_amount(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Newex confirmed 3 GTK 500 units. Your price is $26,768 per unit.", 80304),
        ("Finjob: 40 seats confirmed. Price is $45 per seat.", 1800),
    ],
)
def test_a_known_count_still_gives_the_total(text: str, amount: int) -> None:
    assert _read(text).amount == amount


# --- a vendor named only as a person's tool at a previous job, or one the customer never was with -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Finjob call with Ana. Lumora only came up because she ran it at her previous company. 12k, EOQ.",
        "Newex: Brightwave was mentioned since he used it in his old role; they were never a Brightwave shop.",
    ],
)
def test_vendor_from_an_old_job_is_no_competitor(text: str) -> None:
    assert _read(text).competitors == []


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        ("Finjob: Lumora is the incumbent, and Ana used it at her previous company too.", "Lumora"),
        ("Newex: they were never a Brightwave customer, but they are evaluating Brightwave now.", "Brightwave"),
    ],
)
def test_vendor_in_this_deal_still_counts(text: str, rival: str) -> None:
    assert _read(text).competitors == [rival]


# --- a lower-case note: a name with its role in brackets after it --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("log: finjob. ana lima-costa (cfo) ok with 12k. ns: send the quote.", "ana lima-costa", "cfo"),
        ("newex. spoke with tom baker (it director) today, he wants a demo.", "tom baker", "it director"),
    ],
)
def test_lowercase_name_with_bracketed_role(text: str, name: str, role: str) -> None:
    contacts = _read(text).contacts
    assert [(c["name"].lower(), (c["role"] or "").lower()) for c in contacts] == [(name, role)]


@pytest.mark.parametrize(
    "text",
    [
        "finjob: the whole team (ops) liked it. ns: send quote.",
        "newex call notes. pricing tier (gold) is fine. ns: send quote.",
    ],
)
def test_bracketed_words_that_are_no_person(text: str) -> None:
    assert _read(text).contacts == []
