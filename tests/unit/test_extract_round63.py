"""Round 63 (extract fixes for blind61, blind51 and older sets): a corrected figure said without the scale of the one
it corrects, a turn later; what a peer paid "for theirs"; a self-introduction broken by a filler ("it's, uh, Tom");
a call back said as "ring him back"; a bare total after a count of units ("12 seats, 660 total") and a spoken pair
marked as the whole ("twelve-five all in"); a count priced each with a comma before "at" and a cut after it; a
monthly price over a stated term; a figure taken back at once ("1.4 mil... no"); our offer of a step asked as a
question; a request to copy someone on our paper; the decision to buy as no step; sandbox access asked for; our
price asked to be held; a step in our quoted mail below a reply that asks its own; a lower-case first name with its
title in brackets."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update

_ACCOUNTS = ["Rangreen", "Hottechi", "Globex Corporation", "Zumcorp", "Cheers"]


def _update(text: str):  # type: ignore[no-untyped-def]
    return extract_update(text, now=date(2017, 3, 29), accounts=_ACCOUNTS)


def _step(text: str) -> str:
    return (_update(text).next_step or "").lower()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a correction a turn or two later, its scale left off: the scale of the figure it corrects carries over
        ("Rangreen call\nBuyer: we had budgeted 24,000 for it.\nRep: noted.\nBuyer: sorry, twenty-six and a half, "
         "forgot the training days.", 26_500),
        ("Rangreen: ok so forty thousand... hmm actually make it forty-two.", 42_000),
        ("Rangreen said $18,000 total. i mean nineteen five, they add a seat", 19_500),
        ("Rangreen - price will be 15 thousand. Sorry, sixteen and a half, I forget the support.", 16_500),
        # near misses: a count corrected, a count of people, a figure far out of scale
        ("Rangreen: $4,821 for one seat. Actually make it two.", 4_821),
        ("Rangreen: 30,000 for the lot. Actually, eleven of them are contractors.", 30_000),
        ("Rangreen: we're at 25,000. Sorry, ninety, I meant the other one", 25_000),
    ],
)  # fmt: skip
def test_a_correction_keeps_the_scale_of_the_figure_it_corrects(text: str, amount: int) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # what a peer paid for its own purchase: no figure of this deal's
        ("Rangreen call: Henrik said Zumcorp spent about 45k on theirs, he wants the same deal.", None),
        ("Rangreen - apparently Zumcorp paid roughly $80,000 for their own rollout. nothing priced for us yet", None),
        ("Rangreen: their sister company forked out ~25k for a similar setup, fyi", None),
        ("Rangreen recap: he says Zumcorp payed 30k for theirs and wants a reference call", None),
        # near misses: this customer's own spend, our quote for their rollout, a payment of this deal
        ("Rangreen: renewal stays at 8,200, what they paid last year", 8_200),
        ("Rangreen: we quoted 30k for their rollout", 30_000),
        ("Rangreen paid the 12k for the seats on Friday", 12_000),
    ],
)
def test_what_a_peer_paid_for_theirs_is_no_amount(text: str, amount: int | None) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "contacts"),
    [
        # a self-introduction broken by a spoken filler
        ("[Voicemail] Hi, it's, uh, Tom from Cheers, call me back.", [("Tom", None)]),
        ("hello this is, erm, Ines from Rangreen, ring me when you can", [("Ines", None)]),
        ("[Voicemail] Hey it's um Marek at Hottechi, quick question on the quote", [("Marek", None)]),
        ("My name is, uh, Priya, I look after IT at Rangreen.", [("Priya", None)]),
        # near misses: a day after the filler, a rival after it
        ("Rangreen: it's, uh, Friday they want to sign.", []),
        ("Rangreen: it's, um, Monday's call that matters", []),
        ("Rangreen: the thing is, uh, Stackline is cheaper.", []),
    ],
)
def test_a_self_introduction_with_a_filler_names_the_caller(text: str, contacts: list[tuple[str, str | None]]) -> None:
    assert [(c["name"], c["role"]) for c in _update(text).contacts] == contacts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cheers voicemail. Rep note: will ring him back tomorrow morning.", "ring him back"),
        ("Rangreen - note to self - will phone her back on Monday", "phone her back"),
        ("Rangreen: will ring them Thursday re the quote", "ring them"),
    ],
)
def test_a_call_back_said_as_ring_or_phone_is_a_step(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    "text", ["Rangreen: their phone will ring out, nobody there on Fridays.", "Rangreen: the bell will ring at noon"]
)
def test_a_phone_ringing_is_no_step(text: str) -> None:
    assert _update(text).next_step is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a bare total after a count of units, too large to be a count of them
        ("log: Rangreen signed!! 12 MG Special seats, 660 total. ns: kickoff", 660),
        ("Rangreen: 8 GTX Basic licences - 440 total, signed off yesterday", 440),
        ("Hottechi wants five MG Special seats, 275 in total.", 275),
        ("Rangreen ordered 3 users, total: 165.", 165),
        # a spoken pair of thousands and hundreds marked as the whole
        ("Rangreen: The expansion is twelve-five all in.", 12_500),
        ("the renewal comes to fourteen-five all in, Rangreen", 14_500),
        ("Rangreen: it's twenty-two five in total with onboarding", 22_500),
        # near misses: a count of seats, a unit after the total, a rival's, a score, a spelled figure's tail
        ("Rangreen: 40 seats now, 120 total", None),
        ("Rangreen: 12 seats, 660 total users", None),
        ("Rangreen: 5 seats, Stackline 600 total", None),
        ("Rangreen: we won three-one in total", None),
        ("Rangreen: so two thousand one hundred and ninety-two total.", 2_192),
        ("Rangreen: Stackline said fifteen-five all in", None),
    ],
)
def test_a_bare_total_after_a_count_and_a_spoken_pair_marked_whole(text: str, amount: int | None) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a count (in words too) priced each, a comma before "at", a cut said after
        ("Rangreen: Twenty on GTX Basic, at 550 each, minus 5 percent since they're a charity.", 10_450),
        ("Rangreen: we take twelve GTX Basic, at 550 apiece, less 10% for paying upfront", 5_940),
        ("Rangreen: fifteen GTX Basic seats, at 550 each minus a 10 pct discount", 7_425),
        ("Rangreen: 8 seats @ 550 each with a 15% discount", 3_740),
        ("Rangreen: eighteen users at 550 each", 9_900),
        # near misses: a percentage of something else, a cut only asked for, no units before the comma
        ("Rangreen: 20 seats at 550 each, with 20% of them on nights.", 11_000),
        ("Rangreen: 20 seats at 550 each. They asked for 5% off.", 11_000),
        ("Rangreen: In 2 weeks, at 500 each", None),
    ],
)
def test_a_count_priced_each_with_its_cut(text: str, amount: int | None) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a unit price spoken as hundreds and tens, its count after it
        ("Rangreen: Your GTX Basic at five-fifty a seat, eight seats, that's the plan.", 4_400),
        ("Rangreen: four twenty-five each for 12 users", 5_100),
        ("Rangreen: so the GTX basic, five fifty per seat, for ten seats", 5_500),
        # near misses: no count, no per-unit word, a time
        ("Rangreen: five-fifty a seat sounds high, they said", None),
        ("Rangreen: at five-fifty, twelve seats.", None),
        ("Rangreen: meet at five thirty, 8 seats discussed", None),
    ],
)
def test_a_unit_price_spoken_as_hundreds_and_tens(text: str, amount: int | None) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a monthly price over a stated term: the contract's total
        ("log: Rangreen | 15 seats GTX Basic @ 50/mo, 24 mo term | close EOM", 18_000),
        ("um Rangreen, two GTK 500 units, and they pay monthly over three years, like 1,487 a month, so yeah", 53_532),
        ("Rangreen wants ten users @ 45/user/mo on a two-year contract", 10_800),
        ("Hottechi: $2,000 a month for 18 months, starting June", 36_000),
        ("Rangreen: $45 per seat per month, 20 seats, 12-month term", 10_800),
        # near misses: no term, a rival's current price, a date in months, the seat count open
        ("Rangreen: 20 users at $50/month.", None),
        ("Rangreen: they currently pay 1,200 a month on a 3-year contract with Stackline.", None),
        ("Rangreen: $900 a month. Signature in 2 months.", None),
        ("Rangreen: $45 per seat per month over 12 months, seat count still open", None),
    ],
)
def test_a_monthly_price_over_a_term(text: str, amount: int | None) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a figure taken back at once: the correction wins over a label before the first
        ("Rangreen. the number: they're at 1.4 mil... no, he corrected me by mail after, it's 1.25M now.", 1_250_000),
        ("Rangreen: the number is 1.1M... no, he emailed a correction later: 980k.", 980_000),
        ("Rangreen final figure 52k - sorry, scratch that, he said 49.5k on the phone", 49_500),
        ("Rangreen: log 9,500... no, she said on the phone they want 11 seats so 10.4k", 10_400),
        ("Rangreen: the number to log is 14k... no, sorry, she wrote back after: 12.5k", 12_500),
        ("Rangreen. exactly 20,000 -- no, Maria corrected it later, it's 18,000 with the smaller team", 18_000),
        # near misses: "No" answering something else, "no problem", "no change"
        ("Rangreen: 40k. No, they haven't signed yet.", 40_000),
        ("Rangreen: 40k, no problem for them.", 40_000),
        ("Rangreen: they're at 25k... no change since last week.", 25_000),
    ],
)
def test_a_figure_taken_back_at_once(text: str, amount: int) -> None:
    assert _update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # our offer of a step asked as a question
        ("Rangreen: Legal wants to sign by Wednesday.\n\n-----Original Message-----\nFrom: Rosie "
         "<r@ourteam.example>\nShall I send over the DocuSign?", "docusign"),
        ("Rangreen - should I set up a sandbox for your admins?", "sandbox"),
        ("Rangreen: want me to draft the order form before Friday?", "order form"),
        ("Rangreen: Would you like me to book a call with your CFO?", "call"),
        # a request to copy someone on our paper, and the decision to buy no step beside it
        ("Rangreen: great news, we'll move ahead with GTX Pro. Please copy our IT admin on the onboarding plan.",
         "onboarding"),
        ("Rangreen: We'll go ahead with 5 seats. Please cc Mia on the kickoff invite.", "kickoff"),
        ("Rangreen: pls loop in our CFO on the pricing thread", "pricing thread"),
        # sandbox or trial access asked for
        ("Rangreen - decision is next Friday. Before then he wants sandbox access for two of his devs.", "sandbox"),
        ("Rangreen: she needs trial logins for the night shift before she signs", "trial logins"),
        ("Rangreen - their admins asked for test accounts first", "test accounts"),
        # our price asked to be held
        ("Rangreen: the 6,200 is fine. Can you hold the price until then in writing?", "hold the price"),
        ("Rangreen: Could you hold this pricing until March?", "pricing"),
        ("Rangreen - can u hold the quote till Q1 pls", "quote"),
        # a reply's own ask, not the step in our quoted mail below it
        ("Hi, the 6,200 works. Could you hold the quote until February?\n> From: Kami\n> Happy to jump on a call "
         "with your CFO if helpful.", "quote"),
    ],
)  # fmt: skip
def test_asks_and_offers_read_as_steps(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # near misses: no action of ours asked, a manner of speaking, a past access, a refusal, the decision alone
        ("Rangreen: Should I worry about Stackline?", None),
        ("Rangreen: Do you want me to be honest? price is too high.", None),
        ("Rangreen: they had trial access last year and liked it.", None),
        ("Rangreen: We can't hold the price past Friday.", None),
        ("Rangreen: They asked if the price will hold.", None),
        ("Rangreen: great - we'll move ahead with the order.", None),
    ],
)
def test_near_misses_that_are_no_step(text: str, step: str | None) -> None:
    assert _update(text).next_step == step


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rangreen: we'll go ahead and send the PO", "send the po"),  # another verb after "go ahead"
        ("Rangreen: We'll move forward with a pilot next month.", "pilot"),  # a pilot is a step
        ("Thanks, all good.\n> From: Kami\n> Happy to jump on a call with your CFO if helpful.", "call"),  # no ask
    ],
)
def test_steps_that_stay(text: str, word: str) -> None:
    assert word in _step(text)


@pytest.mark.parametrize(
    ("text", "contacts"),
    [
        # a lower-case first name, its title in brackets, opening a clause (after a label's colon too), then how
        # they got in touch
        ("rangreen: LOST. ola (head of support) rang fri to say they went w/ Stackline.", [("Ola", "head of support")]),
        ("Rangreen update: wen (ops lead) wants the quote by friday", [("Wen", "ops lead")]),
        ("rangreen. tomas (cfo) emailed this am, all good", [("Tomas", "cfo")]),
        ("rangreen. joao (it manager) phoned, wants the dpa", [("Joao", "it manager")]),
        # near misses: no title in the brackets, a pronoun before them, no saying after them
        ("Rangreen: pricing (list) holds for now.", []),
        ("Rangreen: the (old) manager left. monday (tbc) works", []),
        ("Rangreen. they (procurement lead) want it", []),
        ("rangreen. inez (cfo) out till monday", []),
    ],
)
def test_a_lower_case_first_name_with_its_title_in_brackets(text: str, contacts: list[tuple[str, str | None]]) -> None:
    assert [(c["name"], c["role"]) for c in _update(text).contacts] == contacts
